import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alertInputSchema } from '../../common/schemas/alert.js';
import { createFakeContext } from '../sdk/fake-context.js';
import { simulator } from './index.js';
import { MONDAY_MIDNIGHT } from './test-run.js';

const options = (overrides: Record<string, unknown> = {}) => simulator.configSchema.parse({ intervalMs: 1000, ...overrides });

describe('simulator connector', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(MONDAY_MIDNIGHT + 8 * 3600_000);
  });
  afterEach(() => void vi.useRealTimers());

  it('declares its series and fills every one at once', async () => {
    const ctx = createFakeContext(options());
    const running = await simulator.start(ctx);
    const declared = ctx.calls.series.map((s) => s.id);
    expect(declared).toHaveLength(44);
    expect(ctx.calls.samples).toHaveLength(1);
    expect(ctx.calls.samples[0]?.map((s) => s.seriesId).sort()).toEqual([...declared].sort());
    expect(ctx.calls.health).toEqual([{ state: 'ok' }]);
    await running.stop();
  });

  it('steps once per interval, raising valid alerts and reporting health', async () => {
    const ctx = createFakeContext(options({ alertRate: 5 }));
    const running = await simulator.start(ctx);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(ctx.calls.samples).toHaveLength(31);
    expect(ctx.calls.samples.at(-1)?.[0]?.t).toBe(Date.now());
    expect(ctx.calls.health).toHaveLength(31);
    expect(ctx.calls.alerts.length).toBeGreaterThan(0);
    for (const alert of ctx.calls.alerts) expect(alertInputSchema.safeParse(alert).success).toBe(true);
    await running.stop();
  });

  it('emits nothing after stop()', async () => {
    const ctx = createFakeContext(options({ alertRate: 5 }));
    const running = await simulator.start(ctx);
    await vi.advanceTimersByTimeAsync(5_000);
    await running.stop();
    const emitted = { samples: ctx.calls.samples.length, alerts: ctx.calls.alerts.length, health: ctx.calls.health.length };
    await vi.advanceTimersByTimeAsync(60_000);
    expect({ samples: ctx.calls.samples.length, alerts: ctx.calls.alerts.length, health: ctx.calls.health.length }).toEqual(emitted);
  });

  it('emits nothing after the host aborts the context', async () => {
    const ctx = createFakeContext(options());
    await simulator.start(ctx);
    await vi.advanceTimersByTimeAsync(2_000);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ctx.calls.samples).toHaveLength(3);
  });

  it('replays the same data for the same seed and clock', async () => {
    const record = async () => {
      vi.setSystemTime(MONDAY_MIDNIGHT + 8 * 3600_000);
      const ctx = createFakeContext(options({ alertRate: 3 }));
      const running = await simulator.start(ctx);
      await vi.advanceTimersByTimeAsync(20_000);
      await running.stop();
      return ctx.calls;
    };
    expect(await record()).toEqual(await record());
  });

  it('warns that the places are Huế’s when another province is configured', async () => {
    const ctx = createFakeContext(options({ province: '44' }));
    const running = await simulator.start(ctx);
    expect(ctx.calls.logs).toEqual([{ level: 'warn', msg: 'simulated places are those of Huế (46)', fields: { province: '44' } }]);
    await running.stop();
  });
});

describe('simulator backfill', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(MONDAY_MIDNIGHT + 8 * 3600_000 + 30_000);
  });
  afterEach(() => void vi.useRealTimers());

  it('makes up the asked minutes of history at minute steps, without alerts', async () => {
    const ctx = createFakeContext(options({ backfillMinutes: 30, alertRate: 10 }));
    const running = await simulator.start(ctx);
    const batch = ctx.calls.samples[0]!;
    const times = [...new Set(batch.map((s) => s.t))].sort((a, b) => a - b);
    expect(times[0]).toBe(MONDAY_MIDNIGHT + 8 * 3600_000 - 30 * 60_000);
    expect(times.at(-1)).toBe(Date.now());
    expect(times).toHaveLength(32);
    expect(batch).toHaveLength(32 * 44);
    expect(ctx.calls.alerts).toEqual([]);
    await running.stop();
  });

  it('rejects a backfill longer than a day, naming the limit', () => {
    const r = simulator.configSchema.safeParse({ backfillMinutes: 5000 });
    expect(!r.success && r.error.issues[0]?.message).toBe('must be at most one day (1440)');
  });
});
