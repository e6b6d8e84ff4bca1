import { describe, expect, it } from 'vitest';
import { createJobLimit } from './job-limit.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createJobLimit', () => {
  it('runs no more than its limit at once and starts the waiting jobs in order as places free', async () => {
    const limit = createJobLimit(2);
    const started: number[] = [];
    let peak = 0;
    const finishers = new Map<number, () => void>();
    const job = (n: number) =>
      limit.run(async () => {
        started.push(n);
        peak = Math.max(peak, limit.running);
        await new Promise<void>((r) => finishers.set(n, r));
        return n * 10;
      });
    const results = [1, 2, 3, 4, 5].map(job);
    await tick();
    expect(started).toEqual([1, 2]);
    expect([limit.running, limit.waiting]).toEqual([2, 3]);

    finishers.get(2)!();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    finishers.get(1)!();
    finishers.get(3)!();
    await tick();
    await tick();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    finishers.get(4)!();
    finishers.get(5)!();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
    expect([limit.running, limit.waiting]).toEqual([0, 0]);
  });

  it('frees the place of a job that fails', async () => {
    const limit = createJobLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('camera unreachable')))).rejects.toThrow('camera unreachable');
    expect(await limit.run(() => Promise.resolve('next'))).toBe('next');
    expect(limit.running).toBe(0);
  });

  it('refuses a limit that would run nothing', () => {
    expect(() => createJobLimit(0)).toThrow(/at least 1/);
  });
});
