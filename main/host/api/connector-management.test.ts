import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema, type Config, type ConnectorHealth } from '../../../common/index.js';
import { defineConnector } from '../../../connectors/sdk/define-connector.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { createBus } from '../bus.js';
import type { Caller } from '../caller.js';
import { createConnectorRuntime, type ConnectorRuntime } from '../connectors/runtime.js';
import { createLogger } from '../log.js';
import { createStore, type Store } from '../store/store.js';
import { syncConfig } from '../sync-config.js';
import { createHandlers } from './handlers.js';
import { createApiService, type ApiService } from './service.js';

const supervisor: Caller = { role: 'supervisor', label: 'console' };
const admin: Caller = { role: 'admin', label: 'admin desk' };
const SECRET = 'KhoaBiMat-9f3a@2025';

/** A source that reports ok and saves a cursor as soon as it starts. */
const probe = defineConnector({
  id: 'probe',
  name: 'Probe',
  version: '1.0.0',
  produces: {},
  configSchema: z.object({ baseUrl: z.url(), apiKey: z.string().min(1), pollMs: z.number().int().default(60000) }).strict(),
  start(ctx) {
    ctx.log.info('probe started', { baseUrl: ctx.options.baseUrl });
    ctx.cursor.set('2025-07-01T08:00:00+07:00');
    ctx.reportHealth('ok');
    return { stop: () => undefined };
  },
});
/** Options with nested objects, as a form with fieldsets sends them. */
const nestedProbe = defineConnector({
  id: 'nested',
  name: 'Nested',
  version: '1.0.0',
  produces: {},
  configSchema: z
    .object({
      baseUrl: z.url(),
      auth: z.object({ username: z.string(), password: z.string().min(1) }).strict(),
      sla: z.object({ normal: z.number().positive() }).strict().default({ normal: 72 }),
      proxy: z.object({ token: z.string() }).strict().optional(),
    })
    .strict(),
  start(ctx) {
    ctx.reportHealth('ok');
    return { stop: () => undefined };
  },
});
const newInstance = { id: 'van-ban', type: 'probe', name: 'Văn bản', options: { baseUrl: 'https://qlvb.example.vn', apiKey: SECRET } };

describe('connector instances through the API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let key: Buffer;
  let store: Store;
  let runtime: ConnectorRuntime;
  let api: ApiService;
  let config: Config;
  const logs: string[] = [];
  const health: ConnectorHealth[] = [];

  const open = async () => {
    store = createStore({ file, secretKey: key });
    const log = createLogger({}, { write: (l) => logs.push(l), level: 'debug' });
    syncConfig(store, config, 1, log);
    const bus = createBus();
    bus.subscribe('connector.health', (h) => health.push(h));
    const now = () => 42;
    runtime = createConnectorRuntime({ store, bus, log, now, resolveType: (t) => (t === 'probe' ? probe : t === 'nested' ? nestedProbe : (() => { throw new Error(t); })()) });
    api = createApiService({
      handlers: createHandlers({
        store,
        bus,
        config,
        now,
        cameraHealth: () => [],
        streamTokenFor: () => 'stream-token',
        configFile: '/etc/ioc-wall/config.json',
        connectorTypes: { probe, nested: nestedProbe },
        runtime,
      }),
      audit: store.audit,
      log,
      now,
    });
    for (const instance of store.connectors.list()) await runtime.start(instance);
  };
  const close = async () => {
    await runtime.close();
    store.close();
  };

  beforeEach(async () => {
    tmp = tempDir();
    file = join(tmp.dir, 'db.sqlite');
    key = randomBytes(32);
    config = configSchema.parse({
      walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'x' }],
      connectors: [{ id: 'tu-tep', type: 'probe', options: { baseUrl: 'https://file.example.vn', apiKey: 'file-key-123' } }],
    });
    logs.length = health.length = 0;
    await open();
  });
  afterEach(async () => {
    await close();
    tmp.cleanup();
  });

  const stateOf = (id: string) => store.connectorHealth.get(id)?.state;

  it('lists the types with the JSON Schema of their options', async () => {
    const r = await api.call({ role: 'viewer', label: 'wall' }, 'connectors.types', {});
    expect(r).toMatchObject({ ok: true, value: [{ id: 'probe', name: 'Probe', optionsSchema: { type: 'object', required: ['baseUrl', 'apiKey'] } }, { id: 'nested' }] });
  });

  it('adds an instance: validated, started, listed as the API\'s, secrets nowhere in what the host says', async () => {
    const bad = await api.call(supervisor, 'connectors.add', { instance: { ...newInstance, options: { baseUrl: 'not a url', apiKey: SECRET } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!bad.ok && bad.error.message).toMatch(/^options\.baseUrl: /);

    const r = await api.call(supervisor, 'connectors.add', { instance: newInstance });
    expect(r).toMatchObject({ ok: true, value: { instance: { id: 'van-ban', enabled: true }, source: 'api', health: { state: 'ok' } } });
    expect(store.cursors.get('van-ban', 'default')).toBe('2025-07-01T08:00:00+07:00');
    const list = await api.call(supervisor, 'connectors.list', {});
    expect(list.ok && list.value.map((e) => [e.instance.id, e.source])).toEqual([['tu-tep', 'config'], ['van-ban', 'api']]);
    const options = await api.call(admin, 'connectors.options', { id: 'van-ban' });
    expect(options).toEqual({ ok: true, value: { baseUrl: 'https://qlvb.example.vn', apiKey: '***' } });
    expect(await api.call(supervisor, 'connectors.options', { id: 'van-ban' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const said = JSON.stringify([r, bad, list, options, health, store.audit.latest(100), logs]);
    expect(said).not.toContain(SECRET);
    expect(store.audit.latest(10).map((a) => [a.action, a.target, a.result])).toContainEqual(['connectors.add', 'van-ban', 'ok']);
  });

  it('refuses an id in use and an unknown type', async () => {
    expect(await api.call(supervisor, 'connectors.add', { instance: { ...newInstance, id: 'tu-tep' } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const r = await api.call(supervisor, 'connectors.add', { instance: { ...newInstance, type: 'khong-co' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!r.ok && r.error.message).toMatch(/^instance\.type: /);
  });

  it('updates: omitted or masked secrets keep their stored value, and the instance restarts', async () => {
    await api.call(supervisor, 'connectors.add', { instance: newInstance });
    health.length = 0;
    const r = await api.call(supervisor, 'connectors.update', { id: 'van-ban', patch: { name: 'QLVB', options: { baseUrl: 'https://qlvb2.example.vn' } } });
    expect(r).toMatchObject({ ok: true, value: { instance: { name: 'QLVB' } } });
    expect(store.connectors.get('van-ban')?.options).toEqual({ baseUrl: 'https://qlvb2.example.vn', apiKey: SECRET });
    await api.call(supervisor, 'connectors.update', { id: 'van-ban', patch: { options: { baseUrl: 'https://qlvb3.example.vn', apiKey: '***' } } });
    expect(store.connectors.get('van-ban')?.options.apiKey).toBe(SECRET);
    expect(health.map((h) => h.state)).toEqual(['stopped', 'starting', 'ok', 'stopped', 'starting', 'ok']);
    const wrong = await api.call(supervisor, 'connectors.update', { id: 'van-ban', patch: { options: { baseUrl: 'https://x.vn', pollMs: 'often' } } });
    expect(!wrong.ok && wrong.error.message).toMatch(/^options\.pollMs: /);
    expect(JSON.stringify([wrong, store.audit.latest(100), logs])).not.toContain(SECRET);
  });

  it('updates nested options: a masked secret in a nested object keeps its stored value, a mask with nothing behind it is refused', async () => {
    const nested = { ...newInstance, id: 'nested', type: 'nested', options: { baseUrl: 'https://a.vn', auth: { username: 'u', password: SECRET }, sla: { normal: 72 } } };
    expect(await api.call(supervisor, 'connectors.add', { instance: nested })).toMatchObject({ ok: true });
    const shown = await api.call(admin, 'connectors.options', { id: 'nested' });
    expect(shown).toEqual({ ok: true, value: { baseUrl: 'https://a.vn', auth: { username: 'u', password: '***' }, sla: { normal: 72 } } });
    const options = { ...(shown.ok ? shown.value : {}), sla: { normal: 48 } };
    expect(await api.call(supervisor, 'connectors.update', { id: 'nested', patch: { options } })).toMatchObject({ ok: true });
    expect(store.connectors.get('nested')?.options).toEqual({ baseUrl: 'https://a.vn', auth: { username: 'u', password: SECRET }, sla: { normal: 48 } });

    const bad = await api.call(supervisor, 'connectors.update', { id: 'nested', patch: { options: { ...options, proxy: { token: '***' } } } });
    expect(!bad.ok && bad.error.message).toMatch(/^options\.proxy\.token: "\*\*\*" stands for a stored secret/);
    expect(store.connectors.get('nested')?.options).toMatchObject({ auth: { password: SECRET } });
    expect(JSON.stringify([shown, bad, store.audit.latest(100), logs])).not.toContain(SECRET);
  });

  it('pauses and resumes: health shows stopped, and the pause outlasts a restart', async () => {
    await api.call(supervisor, 'connectors.add', { instance: newInstance });
    expect(await api.call(supervisor, 'connectors.pause', { id: 'van-ban' })).toMatchObject({ ok: true, value: { instance: { enabled: false }, health: { state: 'stopped' } } });
    expect(health.at(-1)).toMatchObject({ instanceId: 'van-ban', state: 'stopped' });
    await close();
    await open();
    expect(stateOf('van-ban')).toBe('stopped');
    expect(await api.call(supervisor, 'connectors.resume', { id: 'van-ban' })).toMatchObject({ ok: true, value: { instance: { enabled: true }, health: { state: 'ok' } } });
    expect(health.at(-1)).toMatchObject({ instanceId: 'van-ban', state: 'ok' });
  });

  it('removes an instance with its cursors', async () => {
    await api.call(supervisor, 'connectors.add', { instance: newInstance });
    expect(await api.call(supervisor, 'connectors.remove', { id: 'van-ban' })).toEqual({ ok: true, value: { id: 'van-ban' } });
    expect(store.connectors.get('van-ban')).toBeUndefined();
    expect(store.cursors.get('van-ban', 'default')).toBeUndefined();
    expect(stateOf('van-ban')).toBe('stopped');
    expect(await api.call(supervisor, 'connectors.remove', { id: 'van-ban' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to change or remove the configuration file\'s instances, naming the file; pausing them is allowed', async () => {
    for (const r of [
      await api.call(supervisor, 'connectors.update', { id: 'tu-tep', patch: { name: 'x' } }),
      await api.call(supervisor, 'connectors.remove', { id: 'tu-tep' }),
    ]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!r.ok && r.error.message).toContain('/etc/ioc-wall/config.json');
    }
    expect(await api.call(supervisor, 'connectors.pause', { id: 'tu-tep' })).toMatchObject({ ok: true, value: { source: 'config', health: { state: 'stopped' } } });
  });

  it('keeps API instances with their options across a restart that applies the file again', async () => {
    await api.call(supervisor, 'connectors.add', { instance: newInstance });
    await close();
    config = { ...config, connectors: [] };
    await open();
    expect(store.connectors.entries()).toEqual([{ instance: { ...newInstance, enabled: true, options: { ...newInstance.options } }, source: 'api' }]);
    expect(stateOf('van-ban')).toBe('ok');
  });
});
