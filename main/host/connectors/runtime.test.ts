import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector } from '../../../connectors/sdk/define-connector.js';
import type { ConnectorContext } from '../../../connectors/sdk/types.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { createBus } from '../bus.js';
import { createLogger } from '../log.js';
import { createStore, type Store } from '../store/store.js';
import { createConnectorRuntime, type ConnectorRuntime } from './runtime.js';

describe('connector runtime', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let runtime: ConnectorRuntime;
  let ctx: ConnectorContext<{ rate: number }> | undefined;
  const contexts = new Map<string, ConnectorContext<unknown>>();
  let stopped = 0;
  const logs: string[] = [];
  const published: string[] = [];

  const label = { vi: 'Thử', en: 'Probe' };
  const probe = defineConnector({
    id: 'probe',
    name: 'Probe',
    version: '1.0.0',
    configSchema: z.object({ rate: z.number().positive() }),
    produces: { series: [{ prefix: 'a.', label }, { prefix: 'dossiers.', label }], records: [{ kind: 'dossier', label }], alerts: [{ category: 'c', label }] },
    start(c) {
      ctx = c as ConnectorContext<{ rate: number }>;
      contexts.set(c.instanceId, c);
      return { stop: () => void stopped++ };
    },
  });

  const secretKey = randomBytes(32);
  /** Opens the store on the same file each time, as the host does on a restart. */
  const open = () => {
    store = createStore({ file: join(tmp.dir, 'db.sqlite'), secretKey });
    const bus = createBus();
    for (const topic of ['samples.appended', 'alert.changed', 'connector.health', 'series.added'] as const) {
      bus.subscribe(topic, () => published.push(topic));
    }
    runtime = createConnectorRuntime({
      store,
      bus,
      log: createLogger({}, { write: (l) => logs.push(l) }),
      now: () => 1000,
      resolveType: (type) => {
        if (type !== 'probe') throw new Error(`unknown connector type "${type}"; known: probe`);
        return probe;
      },
      flushMs: 10_000,
    });
  };

  beforeEach(() => {
    tmp = tempDir();
    open();
    ctx = undefined;
    contexts.clear();
    stopped = 0;
    logs.length = 0;
    published.length = 0;
  });
  afterEach(async () => {
    await runtime.close();
    store.close();
    tmp.cleanup();
  });

  it('rejects bad options with the field named and marks the instance down', async () => {
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: -1 } });
    expect(ctx).toBeUndefined();
    const h = store.connectorHealth.get('p')!;
    expect(h.state).toBe('down');
    expect(h.message).toMatch(/invalid options for connector "p" \(probe\):\nrate: /);
  });

  it('marks an unknown type down, listing the known ones', async () => {
    await runtime.start({ id: 'q', type: 'nope', enabled: true, options: {} });
    expect(store.connectorHealth.get('q')?.message).toMatch(/known: probe/);
  });

  it('keeps the good items of a batch and logs why the bad ones were dropped', async () => {
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: 1 } });
    ctx!.declareSeries([{ id: 'a.b', name: 'AB' }, { id: 'BAD ID', name: 'x' }]);
    ctx!.emitSamples([
      { seriesId: 'a.b', t: 1, v: 1 },
      { seriesId: 'a.b', t: 2, v: Number.NaN },
      { seriesId: 'never.declared', t: 3, v: 3 },
      { seriesId: 'a.b', t: 4, v: 4 },
    ]);
    ctx!.raiseAlert({ sourceRef: 'x', severity: 'urgent' as never, category: 'c', title: 't', raisedAt: 1 });
    ctx!.raiseAlert({ sourceRef: 'y', severity: 'minor', category: 'c', title: 'Cảnh báo', raisedAt: 1 });
    runtime.flush();
    expect(store.samples.query(['a.b'], 0, 10).map((s) => s.v)).toEqual([1, 4]);
    expect(store.samples.listSeries().map((s) => s.id)).toEqual(['a.b']);
    expect(store.alerts.list(['open'], 'info', 10).map((a) => a.title)).toEqual(['Cảnh báo']);
    const rejected = logs.filter((l) => l.includes('rejected'));
    expect(rejected).toHaveLength(4);
    expect(rejected.join('\n')).toMatch(/never was declared|was never declared/);
    expect(rejected.join('\n')).toMatch(/severity/);
  });

  it('rejects what the type did not declare, naming what it declared, and keeps the rest', async () => {
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: 1 } });
    ctx!.declareSeries([{ id: 'a.ok', name: 'OK' }, { id: 'traffic.x', name: 'Not ours' }]);
    ctx!.upsertRecords([{ kind: 'dossier', id: 'HS-1', updatedAt: 1, data: {} }, { kind: 'field-report', id: 'PA-1', updatedAt: 1, data: {} }]);
    ctx!.raiseAlert({ sourceRef: 'z', severity: 'minor', category: 'aqi', title: 'Không khai báo', raisedAt: 1 });
    expect(store.samples.listSeries().map((s) => s.id)).toEqual(['a.ok']);
    expect(store.records.list({ kind: 'dossier', limit: 10, now: 1000, where: {} }).records.map((r) => r.id)).toEqual(['HS-1']);
    expect(store.records.list({ kind: 'field-report', limit: 10, now: 1000, where: {} }).records).toEqual([]);
    expect(store.alerts.list(['open'], 'info', 10)).toEqual([]);
    const rejected = logs.filter((l) => l.includes('rejected')).join('\n');
    expect(rejected).toContain('series \\"traffic.x\\" is outside the declared prefixes \\"a.\\", \\"dossiers.\\"');
    expect(rejected).toContain('record kind \\"field-report\\" is not declared (declared: dossier)');
    expect(rejected).toContain('alert category \\"aqi\\" is not declared (declared: c)');
  });

  it('records health with the time of the last success, and ignores emits after stop', async () => {
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: 1 } });
    ctx!.reportHealth('ok');
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'ok', lastSuccessAt: 1000 });
    ctx!.reportHealth('ok', '', { latencyMs: 42 });
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'ok', latencyMs: 42 });
    ctx!.reportHealth('degraded', 'HTTP 500 from upstream');
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'degraded', lastSuccessAt: 1000, lastError: 'HTTP 500 from upstream', lastErrorAt: 1000 });
    ctx!.reportHealth('ok');
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'ok', lastError: 'HTTP 500 from upstream', lastErrorAt: 1000 });
    await runtime.stop('p');
    expect(stopped).toBe(1);
    expect(ctx!.signal.aborted).toBe(true);
    ctx!.declareSeries([{ id: 'late', name: 'Late' }]);
    expect(store.samples.listSeries()).toEqual([]);
    expect(store.connectorHealth.get('p')?.state).toBe('stopped');
  });

  it('keeps the refresh interval the connector announced in its health, over later reports and a restart', async () => {
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: 1 } });
    ctx!.setRefreshInterval(300_000);
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'starting', refreshMs: 300_000 });
    ctx!.reportHealth('ok');
    ctx!.reportHealth('down', 'HTTP 503');
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'down', refreshMs: 300_000 });
    ctx!.setRefreshInterval(0);
    ctx!.setRefreshInterval(1.5);
    expect(store.connectorHealth.get('p')?.refreshMs).toBe(300_000);
    expect(logs.filter((l) => l.includes('rejected refresh interval'))).toHaveLength(2);
    await runtime.stop('p');
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: 1 } });
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'starting', refreshMs: 300_000 });
  });

  describe('sync cursors', () => {
    const startProbe = (id: string) => runtime.start({ id, type: 'probe', enabled: true, options: { rate: 1 } });

    it('reads back a cursor after the store is closed and reopened', async () => {
      await startProbe('portal');
      const first = contexts.get('portal')!;
      expect(first.cursor.get()).toBeUndefined();
      first.cursor.set('2025-07-01T08:00:00+07:00');
      first.cursor.set('page-3', 'dossiers');
      expect(first.cursor.get()).toBe('2025-07-01T08:00:00+07:00');
      await runtime.close();
      store.close();

      open();
      await startProbe('portal');
      const second = contexts.get('portal')!;
      expect(second).not.toBe(first);
      expect(second.cursor.get()).toBe('2025-07-01T08:00:00+07:00');
      expect(second.cursor.get('default')).toBe('2025-07-01T08:00:00+07:00');
      expect(second.cursor.get('dossiers')).toBe('page-3');
    });

    it('keeps the cursors of two instances apart', async () => {
      await startProbe('portal-a');
      await startProbe('portal-b');
      contexts.get('portal-a')!.cursor.set('a-1');
      contexts.get('portal-b')!.cursor.set('b-1');
      contexts.get('portal-b')!.cursor.set('b-only', 'feed');
      expect(contexts.get('portal-a')!.cursor.get()).toBe('a-1');
      expect(contexts.get('portal-b')!.cursor.get()).toBe('b-1');
      expect(contexts.get('portal-a')!.cursor.get('feed')).toBeUndefined();
    });

    it('writes the samples emitted before a cursor first', async () => {
      await startProbe('portal');
      const c = contexts.get('portal')!;
      c.declareSeries([{ id: 'dossiers.received', name: 'Hồ sơ tiếp nhận' }]);
      c.emitSamples([{ seriesId: 'dossiers.received', t: 1, v: 12 }]);
      expect(store.samples.query(['dossiers.received'], 0, 10)).toEqual([]);
      c.cursor.set('t=1');
      expect(store.samples.query(['dossiers.received'], 0, 10).map((s) => s.v)).toEqual([12]);
    });

    it('rejects a cursor that is not a short string, and ignores one set after stop', async () => {
      await startProbe('portal');
      const c = contexts.get('portal')!;
      c.cursor.set('good');
      c.cursor.set(42 as never);
      c.cursor.set('x'.repeat(10_000));
      c.cursor.set('v', '');
      expect(c.cursor.get()).toBe('good');
      expect(logs.filter((l) => l.includes('rejected cursor'))).toHaveLength(3);
      await runtime.stop('portal');
      c.cursor.set('late');
      expect(store.cursors.get('portal', 'default')).toBe('good');
    });
  });
});
