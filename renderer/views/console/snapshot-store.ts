import { SNAPSHOT_HEADERS } from '../../../common/index.js';

export type SnapshotView =
  | { state: 'loading' }
  /** `error` is set when this is the last good picture because a newer one could not be had. */
  | { state: 'shown'; src: string; takenAt: number; error?: string }
  | { state: 'missing'; error: string };

export interface SnapshotStore {
  /** Loads the snapshot now if it is due, and again whenever the host would have a newer one, while watched. */
  subscribe(url: string, listener: () => void): () => void;
  /** The same object until it changes, as useSyncExternalStore wants. */
  get(url: string): SnapshotView;
}

export interface SnapshotStoreOptions {
  fetch?: (url: string) => Promise<Response>;
  /** The longest wait between two loads, and the wait when the host does not say. */
  refreshMs?: number;
  /** The shortest wait between two loads, whatever the host says. */
  minRefreshMs?: number;
  objectUrls?: { create(blob: Blob): string; revoke(url: string): void };
  now?: () => number;
}

interface Slot {
  view: SnapshotView;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setTimeout>;
  /** When the next load is due. */
  dueAt: number;
  loading: boolean;
}

const LOADING: SnapshotView = { state: 'loading' };

/** Seconds until the host would answer anything newer: a picture's max-age, a failure's Retry-After. */
function secondsUntilNewer(res: Response): number | undefined {
  const maxAge = /max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1];
  const seconds = Number(maxAge ?? res.headers.get('retry-after') ?? NaN);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * Camera snapshots shared by every picture of a page that shows them (the camera list, the wall
 * miniature): one request per camera and refresh period whatever the number of watchers, none for a
 * camera nobody shows. The picture is fetched rather than given to an <img> as a URL so the time it
 * was taken, in a header, says how old an offline camera's last picture is.
 */
export function createSnapshotStore(opts: SnapshotStoreOptions = {}): SnapshotStore {
  const doFetch = opts.fetch ?? ((url: string) => fetch(url));
  const refreshMs = opts.refreshMs ?? 60_000;
  const minRefreshMs = opts.minRefreshMs ?? 5_000;
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

  const schedule = (url: string, slot: Slot) => {
    clearTimeout(slot.timer);
    if (slot.listeners.size > 0) slot.timer = setTimeout(() => void load(url, slot), Math.max(0, slot.dueAt - now()));
  };

  // The next load follows what the host says of its picture rather than a fixed period, which would
  // ask just before the host takes a new one and show each picture for two periods.
  const load = async (url: string, slot: Slot) => {
    if (slot.loading) return;
    slot.loading = true;
    let waitMs = refreshMs;
    try {
      const res = await doFetch(url);
      const seconds = secondsUntilNewer(res);
      if (seconds !== undefined) waitMs = Math.min(refreshMs, Math.max(minRefreshMs, (seconds + 1) * 1000));
      if (!res.ok) return failed(slot, (await res.text()).trim() || `HTTP ${res.status}`);
      const blob = await res.blob();
      const takenAt = Date.parse(res.headers.get(SNAPSHOT_HEADERS.takenAt) ?? '');
      const error = res.headers.get(SNAPSHOT_HEADERS.error);
      set(slot, { state: 'shown', src: urls.create(blob), takenAt: Number.isNaN(takenAt) ? now() : takenAt, ...(error ? { error } : {}) });
    } catch (err) {
      failed(slot, (err as Error).message);
    } finally {
      slot.loading = false;
      slot.dueAt = now() + waitMs;
      schedule(url, slot);
    }
  };

  return {
    subscribe(url, listener) {
      let slot = slots.get(url);
      if (!slot) slots.set(url, (slot = { view: LOADING, listeners: new Set(), dueAt: 0, loading: false }));
      const s = slot;
      s.listeners.add(listener);
      if (s.listeners.size === 1 && !s.loading) {
        if (now() >= s.dueAt) void load(url, s);
        else schedule(url, s);
      }
      return () => {
        s.listeners.delete(listener);
        if (s.listeners.size === 0) clearTimeout(s.timer);
      };
    },
    get: (url) => slots.get(url)?.view ?? LOADING,
  };
}
