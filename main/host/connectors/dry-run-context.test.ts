import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { connectorProducesSchema } from '../../../common/index.js';
import { createDryRunContext, type DryRunContextInit } from './dry-run-context.js';

const label = { vi: 'Văn bản', en: 'Documents' };
const produces = connectorProducesSchema.parse({ series: [{ prefix: 'docs.{instance}.', label }], records: [{ kind: 'document', label }], alerts: [{ category: 'document', label }] });

const alert = (sourceRef: string) => ({ sourceRef, severity: 'minor' as const, category: 'document', title: 'Văn bản quá hạn', raisedAt: 1 });
const record = (id: string) => ({ kind: 'document', id, updatedAt: 1, data: { trichYeu: 'Công văn' } });

function setup(init: Partial<DryRunContextInit> = {}) {
  const logs: string[] = [];
  const stored = new Map([['default', '2026-01-05T08:00:00+07:00']]);
  const run = createDryRunContext({
    instanceId: 'qlvb',
    options: { pollMs: 5000 },
    produces,
    log: createLogger({}, { write: (l) => logs.push(l) }),
    now: () => 1000,
    storedCursor: (key) => stored.get(key),
    hasStoredSeries: (id) => id === 'docs.qlvb.stored',
    ...init,
  });
  return { run, ctx: run.ctx, logs, stored };
}

describe('dry-run context', () => {
  it('counts what the store would keep: series and samples that pass the checks, records and alerts once per key', () => {
    const { run, ctx, logs } = setup();
    ctx.declareSeries([{ id: 'docs.qlvb.overdue', name: 'Văn bản quá hạn' }, { id: 'BAD ID', name: 'x' }, { id: 'docs.qlvb.overdue', name: 'again' }]);
    ctx.emitSamples([
      { seriesId: 'docs.qlvb.overdue', t: 1, v: 3 },
      { seriesId: 'docs.qlvb.overdue', t: 2, v: Number.NaN },
      { seriesId: 'never.declared', t: 3, v: 1 },
      { seriesId: 'docs.qlvb.stored', t: 4, v: 7 },
    ]);
    ctx.upsertRecords([record('a'), record('b'), { ...record('c'), kind: '' }]);
    ctx.upsertRecords([record('a')]);
    ctx.raiseAlert(alert('x'));
    ctx.raiseAlert(alert('x'));
    ctx.raiseAlert({ ...alert('y'), severity: 'urgent' as never });
    expect(run.produced()).toEqual({ series: 1, samples: 2, records: 2, alerts: 1 });
    expect(logs.filter((l) => l.includes('rejected'))).toHaveLength(5);
  });

  it('reads the stored cursor and keeps its own writes in memory, never in the store', () => {
    const { ctx, stored } = setup();
    expect(ctx.cursor.get()).toBe('2026-01-05T08:00:00+07:00');
    expect(ctx.cursor.get('feed')).toBeUndefined();
    ctx.cursor.set('2026-01-06T08:00:00+07:00');
    ctx.cursor.set('page-2', 'feed');
    ctx.cursor.set('x'.repeat(10_000), 'feed');
    expect([ctx.cursor.get(), ctx.cursor.get('feed')]).toEqual(['2026-01-06T08:00:00+07:00', 'page-2']);
    expect([...stored]).toEqual([['default', '2026-01-05T08:00:00+07:00']]);
  });

  it('hands back the first health report only, with the latency the connector measured', async () => {
    const { run, ctx } = setup();
    ctx.reportHealth('degraded', '2 malformed documents skipped', { latencyMs: 84 });
    ctx.reportHealth('ok');
    await expect(run.firstReport).resolves.toEqual({ state: 'degraded', message: '2 malformed documents skipped', latencyMs: 84 });
  });

  it('takes nothing after abort, as a stopped instance', async () => {
    const { run, ctx } = setup();
    ctx.declareSeries([{ id: 'docs.qlvb.overdue', name: 'Văn bản quá hạn' }]);
    run.abort();
    expect(ctx.signal.aborted).toBe(true);
    ctx.emitSamples([{ seriesId: 'docs.qlvb.overdue', t: 1, v: 3 }]);
    ctx.upsertRecords([record('a')]);
    ctx.raiseAlert(alert('x'));
    ctx.reportHealth('ok');
    expect(run.produced()).toEqual({ series: 1, samples: 0, records: 0, alerts: 0 });
    const settled = await Promise.race([run.firstReport.then(() => 'reported'), Promise.resolve('pending')]);
    expect(settled).toBe('pending');
  });
});
