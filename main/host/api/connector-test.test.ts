import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../../common/index.js';
import { startOpen311Fixture, type Open311Fixture } from '../../../connectors/field-reports/fixture/server.js';
import { connectorTypes, getConnectorType } from '../../../connectors/index.js';
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
const SECRET = 'KhoaOpen311-7c1e@2026';
/** Every table a connector's run can write to. */
const written = ['connector_instances', 'connector_health', 'connector_cursors', 'series', 'samples', 'records', 'alerts'];

/** A port where nothing listens: taken from the OS, then let go. */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('connectors.test', () => {
  let fixture: Open311Fixture;
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let runtime: ConnectorRuntime;
  let api: ApiService;
  const logs: string[] = [];

  beforeAll(async () => {
    fixture = await startOpen311Fixture({ seed: 7, reports: 60 });
  });
  afterAll(() => fixture.stop());

  const config = () =>
    configSchema.parse({
      walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'x' }],
      connectors: [{ id: 'tu-tep', type: 'field-reports', enabled: false, options: { baseUrl: fixture.url, apiKey: 'file-key-123' } }],
    });
  /** The host's API over the real runtime and connector types; the dry runs wait up to `dryRunTimeoutMs`. */
  const open = (dryRunTimeoutMs: number) => {
    const log = createLogger({}, { write: (l) => logs.push(l), level: 'debug' });
    const now = () => Date.now();
    runtime = createConnectorRuntime({ store, bus: createBus(), log, now, resolveType: getConnectorType, dryRunTimeoutMs });
    const handlers = createHandlers({ store, bus: createBus(), config: config(), now, cameraHealth: () => [], streamTokenFor: () => 's', connectorTypes, runtime });
    api = createApiService({ handlers, audit: store.audit, log, now });
  };

  beforeEach(() => {
    tmp = tempDir();
    store = createStore({ file: join(tmp.dir, 'db.sqlite'), secretKey: randomBytes(32) });
    syncConfig(store, config(), 1, createLogger({}, { write: () => undefined }));
    open(15_000);
    fixture.set({ apiKey: undefined, delayNext: 0 });
    logs.length = 0;
  });
  afterEach(async () => {
    await runtime.close();
    store.close();
    tmp.cleanup();
  });

  const rows = () => Object.fromEntries(written.map((t) => [t, (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

  it('runs a new instance against the source until its first report and stores none of what it brought', async () => {
    const before = rows();
    const asked = fixture.received.length;
    const r = await api.call(supervisor, 'connectors.test', { type: 'field-reports', options: { baseUrl: fixture.url } });
    expect(r).toMatchObject({ ok: true, value: { state: 'ok', message: expect.stringMatching(/report\(s\) updated/) } });
    const value = r.ok ? r.value : undefined;
    expect(value?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(value?.produced.series).toBeGreaterThan(5);
    expect(value?.produced.samples).toBeGreaterThanOrEqual(value!.produced.series);
    expect(value?.produced.records).toBeGreaterThan(10);
    expect(fixture.received.length).toBeGreaterThan(asked);
    expect(rows()).toEqual(before);
    expect(store.audit.latest(1).map((a) => [a.action, a.actor, a.result])).toEqual([['connectors.test', 'console', 'ok']]);
  });

  it('reports a source nobody answers at as down, naming the address to check', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/open311/v2/`;
    const r = await api.call(supervisor, 'connectors.test', { type: 'field-reports', options: { baseUrl: url } });
    // Its series are declared before the first request; no data came.
    expect(r).toMatchObject({ ok: true, value: { state: 'down', produced: { samples: 0, records: 0, alerts: 0 } } });
    expect(r.ok && r.value.message).toMatch(/check baseUrl and that the gateway is reachable/);
    expect(r.ok && r.value.message).toContain(url);
  }, 20_000);

  it('answers options its type refuses with every field at fault, as a save does', async () => {
    const r = await api.call(supervisor, 'connectors.test', { type: 'field-reports', options: { baseUrl: 'not a url', pollMs: 10 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!r.ok && r.error.message.split('\n')).toEqual(['options.baseUrl: must be an http(s) address', 'options.pollMs: must be at least 5000 ms']);
    const unknown = await api.call(supervisor, 'connectors.test', { type: 'khong-co', options: {} });
    expect(!unknown.ok && unknown.error.message).toMatch(/^type: unknown connector type "khong-co"/);
    expect(await api.call(supervisor, 'connectors.test', { type: 'constructor', options: {} })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('tests an edit with the stored secret where the form sends it masked or leaves it out, reading the stored cursor and writing none', async () => {
    fixture.set({ apiKey: SECRET });
    const instance = { id: 'hue-s', type: 'field-reports', options: { baseUrl: fixture.url, apiKey: SECRET, pollMs: 60_000 } };
    expect(await api.call(supervisor, 'connectors.add', { instance })).toMatchObject({ ok: true });
    await expect.poll(() => store.connectorHealth.get('hue-s')?.state).toBe('ok');
    await api.call(supervisor, 'connectors.pause', { id: 'hue-s' });
    const cursor = store.cursors.get('hue-s', 'default');
    expect(cursor).toBeDefined();
    // The runtime writes the instance's samples a moment after its sync; the dry runs must not be blamed for them.
    await expect.poll(() => rows().samples).toBeGreaterThan(0);
    const before = rows();

    const masked = await api.call(supervisor, 'connectors.test', { type: 'field-reports', instanceId: 'hue-s', options: { baseUrl: fixture.url, apiKey: '***' } });
    expect(masked).toMatchObject({ ok: true, value: { state: 'ok' } });
    const asked = fixture.received.length;
    const left = await api.call(supervisor, 'connectors.test', { type: 'field-reports', instanceId: 'hue-s', options: { baseUrl: fixture.url } });
    expect(left).toMatchObject({ ok: true, value: { state: 'ok' } });
    expect(fixture.received.slice(asked).every((q) => q.query.api_key === SECRET)).toBe(true);
    // From the stored cursor on, the edit brings only what changed since: nothing here.
    expect(left.ok && left.value.produced.records).toBe(0);
    expect(rows()).toEqual(before);
    expect(store.cursors.get('hue-s', 'default')).toBe(cursor);

    const noneStored = await api.call(supervisor, 'connectors.test', { type: 'field-reports', options: { baseUrl: fixture.url, apiKey: '***' } });
    expect(!noneStored.ok && noneStored.error.message).toMatch(/^options\.apiKey: "\*\*\*" stands for a stored secret/);
    const wrongKey = await api.call(supervisor, 'connectors.test', { type: 'field-reports', options: { baseUrl: fixture.url, apiKey: 'doan-bua' } });
    expect(wrongKey).toMatchObject({ ok: true, value: { state: 'down' } });
    expect(JSON.stringify([masked, left, noneStored, wrongKey, store.audit.latest(100), logs])).not.toContain(SECRET);
  });

  it('lends stored secrets only to an edit of the same API instance', async () => {
    const other = await api.call(supervisor, 'connectors.test', { type: 'simulator', instanceId: 'tu-tep', options: {} });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await api.call(supervisor, 'connectors.add', { instance: { id: 'hue-s', type: 'field-reports', options: { baseUrl: fixture.url, apiKey: SECRET } } });
    const wrongType = await api.call(supervisor, 'connectors.test', { type: 'simulator', instanceId: 'hue-s', options: {} });
    expect(!wrongType.ok && wrongType.error.message).toBe('type: connector instance "hue-s" is of type "field-reports", not "simulator"');
    expect(await api.call(supervisor, 'connectors.test', { type: 'simulator', instanceId: 'khong-co', options: {} })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.call({ role: 'operator', label: 'desk' }, 'connectors.test', { type: 'simulator', options: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('stops at the time limit, cancelling the request the source sits on', async () => {
    await runtime.close();
    open(300);
    fixture.set({ delayNext: 1, delayMs: 10_000 });
    const started = Date.now();
    const r = await api.call(supervisor, 'connectors.test', { type: 'field-reports', options: { baseUrl: fixture.url } });
    expect(r).toMatchObject({ ok: true, value: { state: 'timeout', message: 'no health report within 0.3 s', produced: { records: 0 } } });
    // The fixture's delayed answer would take 10 s: the run ended because the request was aborted.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
