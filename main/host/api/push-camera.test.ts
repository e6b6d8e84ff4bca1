import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, layoutSchema, type Config } from '../../../common/index.js';
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

const cameraTile = (id: string, cameraId: string, x: number) => ({ id, kind: 'camera', x, y: 0, w: 1, h: 1, options: { cameraId } });
const cameras = layoutSchema.parse({
  id: 'cameras',
  name: 'Camera',
  grid: { cols: 3, rows: 1 },
  tiles: [cameraTile('left', 'cam-a', 0), cameraTile('right', 'cam-b', 1), { id: 'clock', kind: 'clock', x: 2, y: 0, w: 1, h: 1, options: {} }],
});
const other = layoutSchema.parse({ id: 'other', name: 'Khác', grid: { cols: 1, rows: 1 }, tiles: [cameraTile('left', 'cam-a', 0)] });

describe('pushing a camera onto a wall tile', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let api: ApiService;
  let config: Config;
  const published: Record<string, string>[] = [];

  beforeEach(() => {
    tmp = tempDir();
    store = createStore({ file: join(tmp.dir, 'db.sqlite'), secretKey: randomBytes(32) });
    const bus = createBus();
    bus.subscribe('wall.changed', (w) => published.push(w.cameraOverrides));
    store.layouts.importFromFile(cameras, 1);
    store.layouts.importFromFile(other, 1);
    config = configSchema.parse({
      walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'cameras' }],
      cameras: ['cam-a', 'cam-b', 'cam-c'].map((id) => ({ id, name: id, url: 'synthetic:testsrc' })),
    });
    syncConfig(store, config, 1, silentLogger);
    const now = () => 42;
    api = createApiService({
      handlers: createHandlers({ store, bus, config, now, cameraHealth: () => [], streamTokenFor: () => 'stream-token', connectorTypes: {}, runtime: idleRuntime }),
      audit: store.audit,
      log: silentLogger,
      now,
    });
    published.length = 0;
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  const push = (tileId: string, cameraId: string, caller = operator) => api.call(caller, 'walls.pushCamera', { wallId: 'main', tileId, cameraId });
  const clear = (tileId: string) => api.call(operator, 'walls.clearCamera', { wallId: 'main', tileId });

  it('shows the camera on that tile, publishes the wall and audits the push', async () => {
    expect(store.walls.get('main')?.cameraOverrides).toEqual({});
    const r = await push('left', 'cam-c');
    expect(r).toMatchObject({ ok: true, value: { id: 'main', layout: 'cameras', cameraOverrides: { left: 'cam-c' } } });
    expect(store.walls.get('main')?.cameraOverrides).toEqual({ left: 'cam-c' });
    expect(published).toEqual([{ left: 'cam-c' }]);
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'walls.pushCamera', target: 'main', result: 'ok', actor: 'console' });
  });

  it('replaces an earlier push and keeps the other tiles', async () => {
    await push('left', 'cam-c');
    await push('right', 'cam-a');
    const r = await push('left', 'cam-b');
    expect(r.ok && r.value.cameraOverrides).toEqual({ left: 'cam-b', right: 'cam-a' });
  });

  it('clears a tile back to the layout camera, and publishes that too', async () => {
    await push('left', 'cam-c');
    await push('right', 'cam-c');
    const r = await clear('left');
    expect(r.ok && r.value.cameraOverrides).toEqual({ right: 'cam-c' });
    expect(published.at(-1)).toEqual({ right: 'cam-c' });
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'walls.clearCamera', result: 'ok' });
    expect((await clear('left')).ok).toBe(true);
  });

  it('names the unknown wall, camera or tile, and changes nothing', async () => {
    const noWall = await api.call(operator, 'walls.pushCamera', { wallId: 'phu', tileId: 'left', cameraId: 'cam-c' });
    expect(!noWall.ok && noWall.error).toEqual({ code: 'not_found', message: 'wall "phu" does not exist' });
    const noCamera = await push('left', 'cam-z');
    expect(!noCamera.ok && noCamera.error).toEqual({ code: 'not_found', message: 'camera "cam-z" does not exist' });
    const noTile = await push('giua', 'cam-c');
    expect(!noTile.ok && noTile.error).toEqual({ code: 'not_found', message: 'tile "giua" does not exist in layout "cameras" of wall "main"' });
    const noClear = await clear('giua');
    expect(!noClear.ok && noClear.error.code).toBe('not_found');
    expect(store.walls.get('main')?.cameraOverrides).toEqual({});
    expect(published).toEqual([]);
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'walls.clearCamera', result: 'error', detail: expect.stringMatching(/^not_found: tile "giua"/) });
  });

  it('refuses a tile that is not a camera tile', async () => {
    const r = await push('clock', 'cam-c');
    expect(!r.ok && r.error).toEqual({ code: 'not_found', message: 'tile "clock" of layout "cameras" is a clock tile, not a camera tile' });
    expect(store.walls.get('main')?.cameraOverrides).toEqual({});
  });

  it('forbids a display (viewer) to push, and audits the attempt', async () => {
    const r = await push('left', 'cam-c', viewer);
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect(store.walls.get('main')?.cameraOverrides).toEqual({});
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'walls.pushCamera', result: 'error', detail: 'forbidden', actor: 'display main/r0c0' });
  });

  it('clears the pushes when the layout is switched, even to the same layout', async () => {
    await push('left', 'cam-c');
    const r = await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 'other' });
    expect(r.ok && r.value.cameraOverrides).toEqual({});
    await push('left', 'cam-c');
    const again = await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 'other' });
    expect(again.ok && again.value.cameraOverrides).toEqual({});
  });

  it('keeps the pushes when the host restarts and applies the file again', async () => {
    await push('left', 'cam-c');
    syncConfig(store, config, 2, silentLogger);
    expect(store.walls.get('main')).toMatchObject({ layout: 'cameras', cameraOverrides: { left: 'cam-c' } });
    await api.call(operator, 'walls.setLayout', { wallId: 'main', layoutId: 'other' });
    await push('left', 'cam-b');
    syncConfig(store, config, 3, silentLogger);
    expect(store.walls.get('main')).toMatchObject({ layout: 'other', cameraOverrides: { left: 'cam-b' } });
  });

  it('drops, on restart, a push whose camera left the configuration', async () => {
    await push('left', 'cam-c');
    await push('right', 'cam-b');
    syncConfig(store, { ...config, cameras: config.cameras.filter((c) => c.id !== 'cam-c') }, 2, silentLogger);
    expect(store.walls.get('main')?.cameraOverrides).toEqual({ right: 'cam-b' });
  });
});
