import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeContext } from './fake-context.js';
import { every, pollNowThenEvery } from './schedule.js';

describe('every', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs once per interval, first after one interval', async () => {
    const ctx = createFakeContext({});
    const fn = vi.fn();
    const ticker = every(ctx, 1000, fn);
    await vi.advanceTimersByTimeAsync(999);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2001);
    expect(fn).toHaveBeenCalledTimes(3);
    await ticker.stop();
  });

  it('tells the host its interval, so tiles judge the data by it', async () => {
    const ctx = createFakeContext({});
    await every(ctx, 300_000, () => {}).stop();
    expect(ctx.calls.refreshIntervals).toEqual([300_000]);
  });

  it('tells it before a first poll that takes long has ended', async () => {
    const ctx = createFakeContext({});
    let finish!: () => void;
    const polling = pollNowThenEvery(ctx, 60_000, () => new Promise<void>((r) => (finish = r)));
    expect(ctx.calls.refreshIntervals).toEqual([60_000]);
    finish();
    await polling.stop();
  });

  it('never overlaps a slow run: the next one waits for it', async () => {
    const ctx = createFakeContext({});
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const ticker = every(ctx, 100, async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, 250));
      active -= 1;
      runs += 1;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(maxActive).toBe(1);
    // Each cycle is 100 ms of waiting plus 250 ms of work; the third run is still going.
    expect(runs).toBe(2);
    const stopped = ticker.stop();
    await vi.advanceTimersByTimeAsync(250);
    await stopped;
    expect(runs).toBe(3);
  });

  it('stops when the context aborts, and stop() waits for the run in flight', async () => {
    const ctx = createFakeContext({});
    const fn = vi.fn();
    every(ctx, 100, fn);
    await vi.advanceTimersByTimeAsync(250);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fn).toHaveBeenCalledTimes(2);

    let finished = false;
    const slow = every(createFakeContext({}), 100, async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(120);
    const stopped = slow.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopped;
    expect(finished).toBe(true);
  });

  it('does not start on an already aborted context', async () => {
    const ctx = createFakeContext({});
    ctx.abort();
    const fn = vi.fn();
    every(ctx, 100, fn);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fn).not.toHaveBeenCalled();
  });

  it('logs a failed run and keeps the schedule', async () => {
    const ctx = createFakeContext({});
    const fn = vi.fn().mockRejectedValueOnce(new Error('source unreachable')).mockResolvedValue(undefined);
    const ticker = every(ctx, 100, fn);
    await vi.advanceTimersByTimeAsync(300);
    expect(fn).toHaveBeenCalledTimes(3);
    expect(ctx.calls.logs).toEqual([{ level: 'error', msg: 'scheduled run failed', fields: { error: 'source unreachable' } }]);
    await ticker.stop();
  });

  it('refuses an interval that is not positive', () => {
    expect(() => every(createFakeContext({}), 0, () => {})).toThrow(RangeError);
    expect(() => every(createFakeContext({}), Number.NaN, () => {})).toThrow(RangeError);
  });
});
