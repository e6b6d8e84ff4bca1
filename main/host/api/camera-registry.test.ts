import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Camera, type Config, type PublicCamera } from '../../../common/index.js';
import { idleRuntime } from '../../../test/helpers/idle-runtime.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { createBus } from '../bus.js';
import type { Caller } from '../caller.js';
import type { TestSource } from '../camera/test-camera.js';
import { createLogger } from '../log.js';
import { createStore, type Store } from '../store/store.js';
import { syncConfig } from '../sync-config.js';
import { createHandlers } from './handlers.js';
import { createApiService, type ApiService } from './service.js';

const supervisor: Caller = { role: 'supervisor', label: 'console' };
const operator: Caller = { role: 'operator', label: 'operator desk' };
const WALLS = [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'x' }];
const SECRET = 'BiMat:123@kho';
const newCamera = { id: 'nga-tu', name: 'Ngã tư Lê Lợi', url: 'rtsp://10.0.0.21:554/ch1', username: 'giamsat', password: SECRET };

describe('camera registry through the API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let key: Buffer;
  let store: Store;
  let api: ApiService;
  let config: Config;
  const logs: string[] = [];
  const published: PublicCamera[][] = [];
  const sources: Camera[][] = [];
  const tested: TestSource[] = [];

  const open = () => {
    store = createStore({ file, secretKey: key });
    syncConfig(store, config, 1, createLogger({}, { write: (l) => logs.push(l) }));
    const bus = createBus();
    bus.subscribe('cameras.changed', (list) => published.push(list));
    const now = () => 42;
    api = createApiService({
      handlers: createHandlers({
        store,
        bus,
        config,
        now,
        cameraHealth: () => [],
        streamTokenFor: () => 'stream-token',
        connectorTypes: {}, runtime: idleRuntime,
        configFile: '/etc/ioc-wall/config.json',
        onCamerasChanged: (list) => sources.push(list),
        testCamera: (source) => {
          tested.push(source);
          return Promise.resolve({ ok: true, codec: 'avc1.64001f', width: 1920, height: 1080 });
        },
      }),
      audit: store.audit,
      log: createLogger({}, { write: (l) => logs.push(l) }),
      now,
    });
  };

  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'db.sqlite');
    key = randomBytes(32);
    config = configSchema.parse({ walls: WALLS, cameras: [{ id: 'cong-chinh', name: 'Cổng chính', url: 'synthetic:testsrc' }] });
    logs.length = published.length = sources.length = tested.length = 0;
    open();
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  /** Everything that left the host: answers, events, audit, logs. */
  const everythingSaid = async () =>
    JSON.stringify([await api.call(supervisor, 'cameras.list', {}), published, store.audit.latest(100), logs]);

  it('adds a camera: listed without its password, streamed with it, published and audited', async () => {
    const r = await api.call(supervisor, 'cameras.add', { camera: newCamera });
    expect(r).toMatchObject({ ok: true, value: { id: 'nga-tu', url: 'rtsp://10.0.0.21:554/ch1', hasCredentials: true, source: 'api' } });
    expect(r.ok && 'password' in r.value).toBe(false);
    const list = await api.call(supervisor, 'cameras.list', {});
    expect(list.ok && list.value.map((c) => [c.id, c.source])).toEqual([['cong-chinh', 'config'], ['nga-tu', 'api']]);
    expect(published.at(-1)?.map((c) => c.id)).toEqual(['cong-chinh', 'nga-tu']);
    expect(sources.at(-1)?.find((c) => c.id === 'nga-tu')?.url).toBe(`rtsp://giamsat:${encodeURIComponent(SECRET)}@10.0.0.21:554/ch1`);
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'cameras.add', target: 'nga-tu', result: 'ok' });
    expect(await everythingSaid()).not.toContain(SECRET);
    expect(await everythingSaid()).not.toContain(encodeURIComponent(SECRET));
  });

  it('keeps the password encrypted in the SQLite file, and both across a restart', async () => {
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(file).toString('latin1');
    expect(bytes).toContain('nga-tu');
    expect(bytes).not.toContain(SECRET);
    store.close();
    open();
    expect(store.apiCameras.get('nga-tu')).toMatchObject({ username: 'giamsat', password: SECRET });
    const list = await api.call(supervisor, 'cameras.list', {});
    expect(list.ok && list.value.find((c) => c.id === 'nga-tu')).toMatchObject({ hasCredentials: true, source: 'api' });
  });

  it('loses the password, not the camera, under another secret key', async () => {
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    store.close();
    key = randomBytes(32);
    open();
    expect(store.apiCameras.get('nga-tu')).toEqual({ camera: expect.objectContaining({ id: 'nga-tu' }), username: 'giamsat' });
  });

  it('names the field of an invalid camera, and refuses credentials inside the URL', async () => {
    const bad = await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, url: 'http://x' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!bad.ok && bad.error.message).toContain('camera.url');
    const inline = await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, url: `rtsp://u:${SECRET}@h/p` } });
    expect(!inline.ok && inline.error.message).toMatch(/camera\.url.*username and password/s);
    expect(await everythingSaid()).not.toContain(SECRET);
  });

  it('refuses a duplicate id and an operator', async () => {
    expect(await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, id: 'cong-chinh' } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await api.call(operator, 'cameras.add', { camera: newCamera })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('updates: omitted password kept, empty password removed', async () => {
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    const renamed = await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { name: 'Ngã tư mới' } });
    expect(renamed).toMatchObject({ ok: true, value: { name: 'Ngã tư mới', hasCredentials: true } });
    expect(store.apiCameras.get('nga-tu')?.password).toBe(SECRET);
    await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { password: '', username: '' } });
    expect(store.apiCameras.get('nga-tu')).toEqual({ camera: expect.objectContaining({ name: 'Ngã tư mới' }) });
    expect(sources.at(-1)?.find((c) => c.id === 'nga-tu')?.url).toBe('rtsp://10.0.0.21:554/ch1');
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'cameras.update', target: 'nga-tu', result: 'ok' });
  });

  it('removes an API camera, and leaves config cameras to the configuration file', async () => {
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    expect(await api.call(supervisor, 'cameras.remove', { id: 'nga-tu' })).toEqual({ ok: true, value: { id: 'nga-tu' } });
    expect(sources.at(-1)?.map((c) => c.id)).toEqual(['cong-chinh']);
    for (const r of [
      await api.call(supervisor, 'cameras.remove', { id: 'cong-chinh' }),
      await api.call(supervisor, 'cameras.update', { id: 'cong-chinh', patch: { name: 'x' } }),
    ]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!r.ok && r.error.message).toContain('/etc/ioc-wall/config.json');
    }
    expect(await api.call(supervisor, 'cameras.remove', { id: 'khong-co' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('survives a configuration sync, which neither lists nor removes API cameras', async () => {
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    syncConfig(store, configSchema.parse({ walls: WALLS, cameras: [] }), 2, createLogger({}, { write: () => {} }));
    expect(store.apiCameras.get('nga-tu')).toBeDefined();
    expect(store.cameras.list()).toEqual([]);
  });

  it('tests a source with the credentials given, or the stored ones, and audits without them', async () => {
    const r = await api.call(supervisor, 'cameras.test', { url: 'rtsp://10.0.0.9/ch1', username: 'a', password: SECRET });
    expect(r).toEqual({ ok: true, value: { ok: true, codec: 'avc1.64001f', width: 1920, height: 1080 } });
    expect(tested.at(-1)?.url).toBe(`rtsp://a:${encodeURIComponent(SECRET)}@10.0.0.9/ch1`);
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    await api.call(supervisor, 'cameras.test', { id: 'nga-tu' });
    expect(tested.at(-1)?.url).toBe(`rtsp://giamsat:${encodeURIComponent(SECRET)}@10.0.0.21:554/ch1`);
    expect(store.audit.latest(1)[0]).toMatchObject({ action: 'cameras.test', target: 'nga-tu', result: 'ok' });
    const neither = await api.call(supervisor, 'cameras.test', {});
    expect(!neither.ok && neither.error.message).toContain('url');
    expect(await everythingSaid()).not.toContain(SECRET);
  });

  it('tests a camera\'s sub stream with the camera\'s credentials, and refuses a camera that has none', async () => {
    await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, subUrl: 'rtsp://10.0.0.21:554/ch2' } });
    await api.call(supervisor, 'cameras.test', { id: 'nga-tu', variant: 'sub' });
    expect(tested.at(-1)).toEqual({ url: `rtsp://giamsat:${encodeURIComponent(SECRET)}@10.0.0.21:554/ch2`, variant: 'sub' });
    const sub = await api.call(supervisor, 'cameras.test', { id: 'cong-chinh', variant: 'sub' });
    expect(sub).toMatchObject({ ok: false, error: { code: 'not_found', message: 'camera "cong-chinh" has no sub stream' } });
  });

  it('refuses credentials in the sub stream URL as in the main one', async () => {
    const r = await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, subUrl: 'rtsp://u:p@10.0.0.21:554/ch2' } });
    expect(!r.ok && r.error.message).toContain('camera.subUrl: must not contain user:password');
    await api.call(supervisor, 'cameras.add', { camera: newCamera });
    const u = await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { subUrl: 'rtsp://u:p@10.0.0.21:554/ch2' } });
    expect(!u.ok && u.error.message).toContain('patch.subUrl: must not contain user:password');
  });

  it('keeps a sub stream through an update that leaves it out, and removes it for an empty string', async () => {
    await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, subUrl: 'rtsp://10.0.0.21:554/ch2' } });
    const renamed = await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { name: 'Ngã tư Lê Lợi – Hùng Vương' } });
    expect(renamed).toMatchObject({ ok: true, value: { subUrl: 'rtsp://10.0.0.21:554/ch2' } });
    expect(sources.at(-1)!.find((c) => c.id === 'nga-tu')!.subUrl).toBe(`rtsp://giamsat:${encodeURIComponent(SECRET)}@10.0.0.21:554/ch2`);
    const cleared = await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { subUrl: '' } });
    expect(cleared.ok && 'subUrl' in cleared.value).toBe(false);
    expect(store.apiCameras.get('nga-tu')!.camera.subUrl).toBeUndefined();
  });

  it('trims a camera\'s area, keeps it through an update that leaves it out, and removes it for a blank one', async () => {
    const added = await api.call(supervisor, 'cameras.add', { camera: { ...newCamera, group: ' Giao thông ' } });
    expect(added).toMatchObject({ ok: true, value: { group: 'Giao thông' } });
    const renamed = await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { name: 'Ngã tư Lê Lợi – Hùng Vương' } });
    expect(renamed).toMatchObject({ ok: true, value: { group: 'Giao thông' } });
    const cleared = await api.call(supervisor, 'cameras.update', { id: 'nga-tu', patch: { group: '  ' } });
    expect(cleared.ok && 'group' in cleared.value).toBe(false);
    expect(store.apiCameras.get('nga-tu')!.camera.group).toBeUndefined();
  });
});
