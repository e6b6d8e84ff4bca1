import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHttpClient, defineConnector, every, type ConnectorContext } from '../../../connectors/sdk/index.js';
import { createLogger } from '../log.js';
import { dryRunConnector, type DryRunOptions } from './dry-run.js';

const logs: string[] = [];
const options = (o: Partial<DryRunOptions> = {}): DryRunOptions => ({
  instanceId: 'dry-run',
  options: {},
  log: createLogger({}, { write: (l) => logs.push(l) }),
  now: () => 1000,
  storedCursor: () => undefined,
  hasStoredSeries: () => false,
  timeoutMs: 20_000,
  ...o,
});
/** A connector type whose start is the test's own. */
const connector = (start: (ctx: ConnectorContext<unknown>) => ReturnType<Parameters<typeof defineConnector>[0]['start']>) =>
  defineConnector({
    id: 'probe',
    name: 'Probe',
    version: '1.0.0',
    configSchema: z.object({}),
    produces: { series: [{ prefix: 'open311.', label }, { prefix: 'a.', label }], records: [{ kind: 'field-report', label }] },
    start,
  });
const label = { vi: 'Thử', en: 'Probe' };

afterEach(() => {
  vi.useRealTimers();
  logs.length = 0;
});

describe('dryRunConnector', () => {
  it('answers with the first health report and what came before it, then stops the connector', async () => {
    let stopped = 0;
    let signal: AbortSignal | undefined;
    const def = connector((ctx) => {
      signal = ctx.signal;
      ctx.declareSeries([{ id: 'open311.x.open', name: 'Phản ánh đang mở' }]);
      ctx.emitSamples([{ seriesId: 'open311.x.open', t: 1, v: 12 }]);
      ctx.upsertRecords([{ kind: 'field-report', id: 'HUE-1', updatedAt: 1, data: {} }]);
      ctx.reportHealth('ok', '1 report(s) updated', { latencyMs: 84.4 });
      return { stop: () => void stopped++ };
    });
    expect(await dryRunConnector(def, options())).toEqual({
      state: 'ok',
      message: '1 report(s) updated',
      latencyMs: 84,
      produced: { series: 1, samples: 1, records: 1, alerts: 0 },
    });
    expect(stopped).toBe(1);
    expect(signal?.aborted).toBe(true);
  });

  it('gives the time to the first report as the latency when the connector measures none', async () => {
    const def = connector((ctx) => {
      const timer = setTimeout(() => ctx.reportHealth('down', 'HTTP 503'), 30);
      return { stop: () => clearTimeout(timer) };
    });
    const r = await dryRunConnector(def, options());
    expect(r).toMatchObject({ state: 'down', message: 'HTTP 503' });
    expect(r.latencyMs).toBeGreaterThanOrEqual(25);
  });

  it('reports a start that throws, at once or later, as down with its reason', async () => {
    const sync = connector(() => {
      throw new Error('baseUrl has no host');
    });
    const later = connector(async (ctx) => {
      ctx.declareSeries([{ id: 'a.b', name: 'AB' }]);
      await Promise.resolve();
      throw new Error('catalogue missing');
    });
    expect(await dryRunConnector(sync, options())).toEqual({ state: 'down', message: 'failed to start: baseUrl has no host', produced: { series: 0, samples: 0, records: 0, alerts: 0 } });
    expect(await dryRunConnector(later, options())).toEqual({ state: 'down', message: 'failed to start: catalogue missing', produced: { series: 1, samples: 0, records: 0, alerts: 0 } });
  });

  it('gives up on a connector that never reports, counting what it brought, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let ticker: ReturnType<typeof every> | undefined;
    const def = connector((ctx) => {
      ctx.declareSeries([{ id: 'a.b', name: 'AB' }]);
      ticker = every(ctx, 1000, () => {
        runs++;
        ctx.emitSamples([{ seriesId: 'a.b', t: ctx.now(), v: runs }]);
      });
      return ticker;
    });
    const result = dryRunConnector(def, options());
    // The time limit was set first, so it ends the run before the twentieth tick.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await result).toEqual({ state: 'timeout', message: 'no health report within 20 s', produced: { series: 1, samples: 19, records: 0, alerts: 0 } });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(19);
  });

  it('lets a connector that will not stop go after the grace, with a warning, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const def = connector(() => ({ stop: () => new Promise<void>(() => undefined) }));
    const result = dryRunConnector(def, options({ timeoutMs: 1000, stopGraceMs: 2000 }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(await result).toMatchObject({ state: 'timeout', message: 'no health report within 1 s' });
    expect(logs.join('\n')).toContain('did not stop in time');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('aborts a request in flight at the time limit', async () => {
    let closed: () => void = () => undefined;
    const requestClosed = new Promise<void>((resolve) => (closed = resolve));
    const silent = http.createServer((req) => req.socket.once('close', closed));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      const def = connector((ctx) => {
        const client = createHttpClient({ baseUrl: url, signal: ctx.signal, retries: 0, timeoutMs: 60_000 });
        const poll = client.getJson('status', z.unknown()).then(() => ctx.reportHealth('ok'), () => undefined);
        return { stop: () => poll };
      });
      const r = await dryRunConnector(def, options({ timeoutMs: 300 }));
      expect(r).toMatchObject({ state: 'timeout', message: 'no health report within 0.3 s' });
      await requestClosed;
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
