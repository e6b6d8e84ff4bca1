import { SNAPSHOT_HEADERS } from '../../../common/index.js';

export type SnapshotView =
  | { state: 'loading' }
  /** `error` is set when this is the last good picture because a newer one could not be had. */
  | { state: 'shown'; src: string; takenAt: number; error?: string }
  | { state: 'missing'; error: string };

export interface SnapshotStore {
  /** Loads the snapshot now if it is older than the refresh period, and again every period while watched. */
  subscribe(url: string, listener: () => void): () => void;
  /** The same object until it changes, as useSyncExternalStore wants. */
  get(url: string): SnapshotView;
}

export interface SnapshotStoreOptions {
  fetch?: (url: string) => Promise<Response>;
  refreshMs?: number;
  objectUrls?: { create(blob: Blob): string; revoke(url: string): void };
  now?: () => number;
}

interface Slot {
  view: SnapshotView;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setInterval>;
  loadedAt: number;
  loading: boolean;
}

const LOADING: SnapshotView = { state: 'loading' };

/**
 * Camera snapshots shared by every picture of a page that shows them (the camera list, the wall
 * miniature): one request per camera and refresh period whatever the number of watchers, none for a
 * camera nobody shows. The picture is fetched rather than given to an <img> as a URL so the time it
 * was taken, in a header, says how old an offline camera's last picture is.
 */
export function createSnapshotStore(opts: SnapshotStoreOptions = {}): SnapshotStore {
  const doFetch = opts.fetch ?? ((url: string) => fetch(url));
  const refreshMs = opts.refreshMs ?? 60_000;
  const urls = opts.objectUrls ?? { create: (b: Blob) => URL.createObjectURL(b), revoke: (u: string) => URL.revokeObjectURL(u) };
  const now = opts.now ?? Date.now;
  const slots = new Map<string, Slot>();

  const set = (slot: Slot, view: SnapshotView) => {
    const old = slot.view;
    if (old.state === 'shown' && (view.state !== 'shown' || view.src !== old.src)) urls.revoke(old.src);
    slot.view = view;
    for (const l of [...slot.listeners]) l();
  };
  // A failure keeps the picture already shown: an offline camera's last picture stays, marked old.
  const failed = (slot: Slot, error: string) => set(slot, slot.view.state === 'shown' ? { ...slot.view, error } : { state: 'missing', error });

  const load = async (url: string, slot: Slot) => {
    if (slot.loading) return;
    slot.loading = true;
    slot.loadedAt = now();
    try {
      const res = await doFetch(url);
      if (!res.ok) return failed(slot, (await res.text()).trim() || `HTTP ${res.status}`);
      const blob = await res.blob();
      const takenAt = Date.parse(res.headers.get(SNAPSHOT_HEADERS.takenAt) ?? '');
      const error = res.headers.get(SNAPSHOT_HEADERS.error);
      set(slot, { state: 'shown', src: urls.create(blob), takenAt: Number.isNaN(takenAt) ? now() : takenAt, ...(error ? { error } : {}) });
    } catch (err) {
      failed(slot, (err as Error).message);
    } finally {
      slot.loading = false;
    }
  };

  return {
    subscribe(url, listener) {
      let slot = slots.get(url);
      if (!slot) slots.set(url, (slot = { view: LOADING, listeners: new Set(), loadedAt: 0, loading: false }));
      const s = slot;
      s.listeners.add(listener);
      if (s.listeners.size === 1) {
        if (now() - s.loadedAt >= refreshMs) void load(url, s);
        s.timer = setInterval(() => void load(url, s), refreshMs);
      }
      return () => {
        s.listeners.delete(listener);
        if (s.listeners.size === 0) clearInterval(s.timer);
      };
    },
    get: (url) => slots.get(url)?.view ?? LOADING,
  };
}
