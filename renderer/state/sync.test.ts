import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type LayoutInput, type Result, type Topic, type WallInput } from '../../common/index.js';
import type { ApiClient, ConnectionStatus } from '../transport/client.js';
import { createAppStore } from './store.js';
import { startSync } from './sync.js';

const wall: WallInput = { id: 'main', name: 'Tường chính', rows: 1, cols: 2, layout: 'overview' };
const overview: LayoutInput = {
  id: 'overview',
  name: 'Tổng quan',
  grid: { cols: 2, rows: 1 },
  tiles: [
    { id: 'k', kind: 'kpi', x: 0, y: 0, w: 1, h: 1, options: { seriesId: 'aqi.a' } },
    { id: 'c', kind: 'chart', x: 1, y: 0, w: 1, h: 1, options: { chartType: 'line', series: ['aqi.b'], windowMinutes: 60 } },
  ],
};

/** A client answering from a table, with an event and status stream the test drives. */
function fakeClient(answers: Record<string, (input: unknown) => Result<unknown>>) {
  let status: ConnectionStatus = 'connecting';
  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  const eventListeners = new Set<{ topics: readonly Topic[]; fn: (...a: never[]) => void }>();
  const calls: { method: string; input: unknown }[] = [];
  const client: ApiClient = {
    call: ((method: string, input: unknown) => {
      calls.push({ method, input });
      const answer = answers[method];
      return Promise.resolve(answer ? answer(input) : ok([]));
    }) as ApiClient['call'],
    subscribe: ((topics: readonly Topic[], fn: (...a: never[]) => void) => {
      const l = { topics, fn };
      eventListeners.add(l);
      return () => eventListeners.delete(l);
    }) as ApiClient['subscribe'],
    status: () => status,
    onStatus: (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    close: () => {},
  };
  return {
    client,
    calls,
    setStatus(s: ConnectionStatus) {
      status = s;
      for (const l of statusListeners) l(s);
    },
    emit(topic: Topic, payload: unknown) {
      for (const l of eventListeners) if (l.topics.includes(topic)) (l.fn as (t: Topic, p: unknown) => void)(topic, payload);
    },
  };
}

const answers = () => ({
  'session.whoami': () => ok({ role: 'viewer', label: 'display main/r0c0', streamToken: 's', serverTime: Date.now() }),
  'walls.list': () => ok([wall]),
  'layouts.list': () => ok([overview]),
  'samples.query': (input: unknown) => {
    const ids = (input as { seriesIds: string[] }).seriesIds;
    return ok(ids.map((seriesId) => ({ seriesId, t: Date.now() - 1000, v: 42 })));
  },
});

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startSync', () => {
  it('fetches state when the connection opens and samples for the tiles the display shows', async () => {
    const store = createAppStore();
    const fake = fakeClient(answers());
    startSync(store, fake.client, { kind: 'wall', wallId: 'main', row: 0, col: 0 });
    expect(fake.calls).toEqual([]);
    fake.setStatus('open');
    await settle();
    const s = store.getState();
    expect(s.connection).toBe('open');
    expect(s.walls.main?.layout).toBe('overview');
    // Display r0c0 shows only the KPI tile: the chart's series on r0c1 is not fetched.
    expect(Object.keys(s.samples)).toEqual(['aqi.a']);
    expect(s.samples['aqi.a']).toMatchObject({ loaded: true, points: [{ v: 42 }] });
    const query = fake.calls.find((c) => c.method === 'samples.query');
    expect(query?.input).toMatchObject({ seriesIds: ['aqi.a'] });
  });

  it('records the page it syncs for, and applies a camera pushed onto the wall', async () => {
    const store = createAppStore();
    const fake = fakeClient(answers());
    startSync(store, fake.client, { kind: 'wall', wallId: 'main', row: 0, col: 0 });
    expect(store.getState().page).toEqual({ kind: 'wall', wallId: 'main', row: 0, col: 0 });
    fake.setStatus('open');
    await settle();
    expect(store.getState().walls.main?.cameraOverrides).toEqual({});
    fake.emit('wall.changed', { ...wall, cameraOverrides: { k: 'cam-ngo-mon' } });
    expect(store.getState().walls.main?.cameraOverrides).toEqual({ k: 'cam-ngo-mon' });
  });

  it('applies events and keeps the last good layout when a bad one arrives', async () => {
    const store = createAppStore();
    const fake = fakeClient(answers());
    startSync(store, fake.client, { kind: 'wall', wallId: 'main', row: 0, col: 1 });
    fake.setStatus('open');
    await settle();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fake.emit('layout.changed', { ...overview, tiles: [{ id: 'x', kind: 'map', x: 0, y: 0, w: 1, h: 1, options: {} }] });
    expect(store.getState().layouts.overview?.tiles).toHaveLength(2);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();

    fake.emit('samples.appended', [
      { seriesId: 'aqi.b', t: Date.now(), v: 7 },
      { seriesId: 'not.shown', t: Date.now(), v: 1 },
    ]);
    expect(store.getState().samples['aqi.b']?.points.at(-1)?.v).toBe(7);
    expect(store.getState().samples['not.shown']).toBeUndefined();
  });

  it('follows a wall switched to another layout, fetching the layout and its series', async () => {
    const store = createAppStore();
    const briefing: LayoutInput = {
      id: 'briefing',
      name: 'Giao ban',
      grid: { cols: 1, rows: 1 },
      tiles: [{ id: 'g', kind: 'kpi', x: 0, y: 0, w: 1, h: 1, options: { seriesId: 'dossiers.rate' } }],
    };
    const fake = fakeClient({ ...answers(), 'layouts.get': () => ok(briefing) });
    startSync(store, fake.client, { kind: 'wall', wallId: 'main', row: 0, col: 0 });
    fake.setStatus('open');
    await settle();
    fake.emit('wall.changed', { ...wall, layout: 'briefing', display: { width: 1920, height: 1080 }, bezel: { x: 0, y: 0 } });
    await settle();
    expect(store.getState().layouts.briefing?.name).toBe('Giao ban');
    expect(Object.keys(store.getState().samples)).toEqual(['dossiers.rate']);
    expect(store.getState().samples['dossiers.rate']?.loaded).toBe(true);
  });

  it('fetches everything again after a reconnect, and retries what failed', async () => {
    const store = createAppStore();
    let wallsFail = true;
    const fake = fakeClient({ ...answers(), 'walls.list': () => (wallsFail ? fail('internal', 'busy') : ok([wall])) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    startSync(store, fake.client, { kind: 'console' }, { retryMs: 5000 });
    fake.setStatus('open');
    await settle();
    expect(store.getState().walls).toEqual({});
    wallsFail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getState().walls.main).toBeDefined();

    fake.setStatus('reconnecting');
    expect(store.getState().connection).toBe('reconnecting');
    const before = fake.calls.filter((c) => c.method === 'alerts.list').length;
    fake.setStatus('open');
    await settle();
    expect(fake.calls.filter((c) => c.method === 'alerts.list').length).toBe(before + 1);
    warn.mockRestore();
  });
});
