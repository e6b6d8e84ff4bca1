import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, layoutSchema } from '../../../common/index.js';
import { idleRuntime } from '../../../test/helpers/idle-runtime.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { createBus } from '../bus.js';
import type { Caller } from '../caller.js';
import { silentLogger } from '../log.js';
import { createStore, type Store } from '../store/store.js';
import { syncConfig } from '../sync-config.js';
import { createHandlers } from './handlers.js';
import { createApiService, type ApiService } from './service.js';

const viewer: Caller = { role: 'viewer', label: 'display main/r0c0', wallId: 'main', displayId: 'r0c0' };
const operator: Caller = { role: 'operator', label: 'console' };
const supervisor: Caller = { role: 'supervisor', label: 'supervisor' };

const layout = (id: string) =>
  layoutSchema.parse({ id, name: id, grid: { cols: 2, rows: 2 }, tiles: [{ id: 'c', kind: 'clock', x: 0, y: 0, w: 1, h: 1, options: {} }] });

describe('API service', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let api: ApiService;
  const events: unknown[] = [];

  beforeEach(() => {
    tmp = tempDir();
    store = createStore({ file: join(tmp.dir, 'db.sqlite'), secretKey: randomBytes(32) });
    const bus = createBus();
    bus.subscribe('wall.changed', (w) => events.push(['wall', w.layout]));
    bus.subscribe('alert.changed', (a) => events.push(['alert', a.status]));
    store.layouts.importFromFile(layout('a'), 1);
    store.layouts.importFromFile(layout('b'), 1);
    const config = configSchema.parse({
      walls: [{ id: 'main', name: 'Tường', rows: 2, cols: 2, layout: 'a' }],
      cameras: [{ id: 'cam', name: 'Cam', url: 'rtsp://admin:matkhau@127.0.0.1:8554/cam' }],
    });
    syncConfig(store, config, 1, silentLogger);
    const now = () => 42;
    api = createApiService({
      handlers: createHandlers({ store, bus, config, now, cameraHealth: () => [], streamTokenFor: () => 'stream-token', connectorTypes: {}, runtime: idleRuntime }),
      audit: store.audit,
      log: silentLogger,
      now,
    });
    events.length = 0;
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it('answers an unknown method with method_not_found as data', async () => {
    const r = await api.call(operator, 'walls.explode' as never, {});
    expect(r).toEqual({ ok: false, error: { code: 'method_not_found', message: 'unknown method "walls.explode"' } });
  });

  it('rejects a viewer changing the wall, and audits the attempt', async () => {
    const r = await api.call(viewer, 'walls.setLayout', { wallId: 'main', layoutId: 'b' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect(store.walls.get('main')?.layout).toBe('a');
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'walls.setLayout', result: 'error', actor: 'display main/r0c0' });
  });

  it('names the bad field of a malformed payload and changes nothing', async () => {
    const r = await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 42 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('bad_request');
    expect(!r.ok && r.error.message).toMatch(/layoutId: /);
    const extra = await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 'b', evil: true });
    expect(!extra.ok && extra.error.message).toMatch(/evil/);
    expect(store.walls.get('main')?.layout).toBe('a');
  });

  it('switches a layout, publishes it, and audits it', async () => {
    const r = await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 'b' });
    expect(r).toMatchObject({ ok: true, value: { id: 'main', layout: 'b' } });
    expect(events).toEqual([['wall', 'b']]);
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'walls.setLayout', target: 'main b', result: 'ok', actor: 'console' });
  });

  it('refuses a layout that does not exist', async () => {
    const r = await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 'khong-co' });
    expect(!r.ok && r.error).toEqual({ code: 'not_found', message: 'layout "khong-co" does not exist' });
  });

  it('rejects a layout with a tile beyond the grid, naming the field, and keeps the stored one', async () => {
    const bad = { ...layout('a'), tiles: [{ id: 'c', kind: 'clock', x: 1, y: 0, w: 5, h: 1, options: {} }] };
    const r = await api.call(supervisor, 'layouts.save', { layout: bad });
    expect(!r.ok && r.error.message).toMatch(/layout\.tiles\[0\]\.w: tile reaches column 6/);
    expect(store.layouts.get('a')?.tiles[0]?.w).toBe(1);
    const unknownKind = { ...layout('a'), tiles: [{ id: 'c', kind: 'map3d', x: 0, y: 0, w: 1, h: 1, options: {} }] };
    const r2 = await api.call(supervisor, 'layouts.save', { layout: unknownKind });
    expect(!r2.ok && r2.error.message).toMatch(/layout\.tiles\[0\]\.kind/);
  });

  it('never shows camera credentials', async () => {
    const r = await api.call(viewer, 'cameras.list', {});
    expect(JSON.stringify(r)).not.toContain('matkhau');
    expect(r.ok && r.value[0]!.url).toBe('rtsp://***@127.0.0.1:8554/cam');
  });

  it('moves an alert through its life and keeps the history', async () => {
    const a = store.alerts.raise('sim', { sourceRef: 'x', severity: 'critical', category: 'security', title: 'Đánh nhau', raisedAt: 1 }, 1);
    expect((await api.call(operator, 'alerts.acknowledge', { id: a.id })).ok).toBe(true);
    expect(await api.call(operator, 'alerts.assign', { id: a.id, assignee: 'Công an phường Đông Ba' })).toMatchObject({
      ok: true,
      value: { status: 'assigned', assignee: 'Công an phường Đông Ba' },
    });
    expect((await api.call(operator, 'alerts.resolve', { id: a.id, note: 'đã giải tán' })).ok).toBe(true);
    const h = await api.call(operator, 'alerts.history', { id: a.id });
    expect(h.ok && h.value.map((e) => e.action)).toEqual(['raised', 'acknowledged', 'assigned', 'resolved']);
    expect(events).toEqual([['alert', 'acknowledged'], ['alert', 'assigned'], ['alert', 'resolved']]);
    const missing = await api.call(operator, 'alerts.resolve', { id: 'al-404' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });

  it('applies input defaults and gives the audit log only to admins', async () => {
    const list = await api.call(viewer, 'alerts.list', undefined);
    expect(list).toEqual({ ok: true, value: [] });
    expect((await api.call(supervisor, 'audit.list', {})).ok).toBe(false);
    expect((await api.call({ role: 'admin', label: 'admin' }, 'audit.list', {})).ok).toBe(true);
  });

  it('tells a window who it is, with its stream token', async () => {
    const r = await api.call(viewer, 'session.whoami', {});
    expect(r).toMatchObject({ ok: true, value: { role: 'viewer', wallId: 'main', displayId: 'r0c0', streamToken: 'stream-token' } });
  });
});
