import type { Topic } from '../../common/index.js';
import type { ApiClient } from '../transport/client.js';
import { seriesWindows, tilesInView, type PageView } from './needed-series.js';
import { defaultLimits } from './sample-buffer.js';
import type { AppStore } from './store.js';

const PAGE_LIMIT = 5000;
const MAX_PAGES = 10;

export interface SyncOptions {
  /** After a failed fetch the whole state is fetched again this much later. */
  retryMs?: number;
}

/**
 * Keeps a store in step with the host: fetches every list when the connection opens (the first
 * time and after every reconnect, to cover what was missed), applies events, and fetches samples
 * for the series the visible tiles need. Returns a function that stops it.
 */
export function startSync(store: AppStore, client: ApiClient, view: PageView, opts: SyncOptions = {}): () => void {
  const retryMs = opts.retryMs ?? 10_000;
  const loading = new Set<string>();
  let stopped = false;
  /** While the lists are being fetched, a wall may arrive before its layout: no need to fetch that layout alone. */
  let reloading = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const st = () => store.getState();
  const serverNow = () => Date.now() + st().clockOffsetMs;
  st().setPage(view);

  const scheduleRetry = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (client.status() === 'open') void reload();
    }, retryMs);
  };

  const querySamples = async (ids: string[], windowMs: number) => {
    for (const id of ids) loading.add(id);
    try {
      // At least the buffer's own span, so a tile whose source went quiet still shows its last value, marked stale.
      let since = Math.round(serverNow() - Math.max(windowMs, defaultLimits.maxAgeMs));
      let remaining = ids;
      for (let page = 0; page < MAX_PAGES && remaining.length > 0; page++) {
        const r = await client.call('samples.query', { seriesIds: remaining, since, limitPerSeries: PAGE_LIMIT });
        if (stopped) return;
        if (!r.ok) {
          console.warn(`ioc-wall: samples.query failed: ${r.error.message}`);
          scheduleRetry();
          return;
        }
        st().fillSamples(remaining, r.value);
        // A series that filled its page may have more: ask again from where its page ended.
        const counts = new Map<string, { n: number; last: number }>();
        for (const s of r.value) {
          const c = counts.get(s.seriesId) ?? { n: 0, last: 0 };
          counts.set(s.seriesId, { n: c.n + 1, last: Math.max(c.last, s.t) });
        }
        remaining = remaining.filter((id) => (counts.get(id)?.n ?? 0) >= PAGE_LIMIT);
        since = Math.min(...remaining.map((id) => counts.get(id)!.last + 1));
      }
    } finally {
      for (const id of ids) loading.delete(id);
    }
  };

  /** Tracks what the visible tiles need and fetches what is missing, or everything after a reconnect. */
  const updateNeeds = (refetchAll: boolean) => {
    const { walls, layouts, series } = st();
    const windows = seriesWindows(tilesInView(view, walls, layouts), Object.values(series));
    st().trackSeries(windows);
    const samples = st().samples;
    const byWindow = new Map<number, string[]>();
    for (const [id, windowMs] of windows) {
      if (loading.has(id) || (!refetchAll && samples[id]?.loaded)) continue;
      const group = byWindow.get(windowMs) ?? [];
      group.push(id);
      byWindow.set(windowMs, group);
    }
    for (const [windowMs, ids] of byWindow) {
      for (let i = 0; i < ids.length; i += 100) void querySamples(ids.slice(i, i + 100), windowMs);
    }
  };

  const fetchMissingLayouts = () => {
    if (reloading) return;
    const { walls, layouts } = st();
    for (const wall of Object.values(walls)) {
      if (layouts[wall.layout] || loading.has(`layout:${wall.layout}`)) continue;
      loading.add(`layout:${wall.layout}`);
      void client.call('layouts.get', { id: wall.layout }).then((r) => {
        loading.delete(`layout:${wall.layout}`);
        if (r.ok) st().upsertLayout(r.value);
        else console.warn(`ioc-wall: layout ${wall.layout}: ${r.error.message}`);
      });
    }
  };

  const reload = async () => {
    reloading = true;
    const sentAt = Date.now();
    const steps: Promise<boolean>[] = [
      client.call('session.whoami').then((r) => r.ok && (st().setSession(r.value, (sentAt + Date.now()) / 2), true)),
      client.call('walls.list').then((r) => r.ok && (st().setWalls(r.value), true)),
      client.call('layouts.list').then((r) => r.ok && (st().setLayouts(r.value), true)),
      client.call('series.list').then((r) => r.ok && (st().setSeries(r.value), true)),
      client.call('alerts.list').then((r) => r.ok && (st().setAlerts(r.value), true)),
      client.call('cameras.list').then((r) => r.ok && (st().setCameras(r.value), true)),
      client.call('cameras.health').then((r) => r.ok && (st().setCameraHealth(r.value), true)),
      // Walls too: a tile judges its data by its source's health and refresh interval.
      client.call('connectors.list').then((r) => r.ok && (st().setConnectors(r.value), true)),
    ];
    const done = await Promise.all(steps);
    reloading = false;
    if (stopped) return;
    if (done.includes(false)) {
      console.warn('ioc-wall: some state could not be fetched; trying again');
      scheduleRetry();
    }
    fetchMissingLayouts();
    updateNeeds(true);
  };

  const topics: Topic[] = ['wall.changed', 'layout.changed', 'alert.changed', 'samples.appended', 'series.added', 'camera.health', 'cameras.changed', 'connector.health'];
  const unsubscribe = client.subscribe(topics, (...[topic, payload]) => {
    const s = st();
    switch (topic) {
      case 'wall.changed':
        return s.upsertWall(payload);
      case 'layout.changed':
        return s.upsertLayout(payload);
      case 'alert.changed':
        return s.upsertAlert(payload);
      case 'samples.appended':
        return s.appendSamples(payload);
      case 'series.added':
        return s.addSeries(payload);
      case 'camera.health':
        return s.upsertCameraHealth(payload);
      case 'cameras.changed':
        return s.setCameras(payload);
      case 'connector.health':
        return s.upsertConnectorHealth(payload);
    }
  });

  const unwatchStore = store.subscribe((next, prev) => {
    // New series matter to a ranking that picks its series by label.
    if (next.walls === prev.walls && next.layouts === prev.layouts && next.series === prev.series) return;
    fetchMissingLayouts();
    updateNeeds(false);
  });

  st().setConnection(client.status());
  const unwatchStatus = client.onStatus((status) => {
    st().setConnection(status);
    if (status === 'open') void reload();
  });
  if (client.status() === 'open') void reload();

  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    unsubscribe();
    unwatchStore();
    unwatchStatus();
  };
}
