import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ConnectorContext, ConnectorDefinition } from '../../../connectors/sdk/types.js';
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
  let stopped = 0;
  const logs: string[] = [];
  const published: string[] = [];

  const probe: ConnectorDefinition = {
    id: 'probe',
    name: 'Probe',
    version: '1.0.0',
    configSchema: z.object({ rate: z.number().positive() }),
    start(c) {
      ctx = c as ConnectorContext<{ rate: number }>;
      return { stop: () => void stopped++ };
    },
  };

  beforeEach(() => {
    tmp = tempDir();
    store = createStore({ file: join(tmp.dir, 'db.sqlite'), secretKey: randomBytes(32) });
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
    ctx = undefined;
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

  it('records health with the time of the last success, and ignores emits after stop', async () => {
    await runtime.start({ id: 'p', type: 'probe', enabled: true, options: { rate: 1 } });
    ctx!.reportHealth('ok');
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'ok', lastSuccessAt: 1000 });
    ctx!.reportHealth('degraded', 'HTTP 500 from upstream');
    expect(store.connectorHealth.get('p')).toMatchObject({ state: 'degraded', lastSuccessAt: 1000, lastError: 'HTTP 500 from upstream' });
    await runtime.stop('p');
    expect(stopped).toBe(1);
    expect(ctx!.signal.aborted).toBe(true);
    ctx!.declareSeries([{ id: 'late', name: 'Late' }]);
    expect(store.samples.listSeries()).toEqual([]);
    expect(store.connectorHealth.get('p')?.state).toBe('stopped');
  });
});
