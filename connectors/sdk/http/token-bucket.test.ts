import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.js';

/** A clock that moves only when the bucket sleeps, so the test sees exact times. */
const fakeClock = () => {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
};

describe('createTokenBucket', () => {
  it('lets a burst through, then spaces requests evenly, in call order', async () => {
    const clock = fakeClock();
    const bucket = createTokenBucket({ requests: 2, perMs: 1000 }, clock);
    const granted: [number, number][] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => bucket.take().then(() => granted.push([i, clock.now()]))));
    expect(granted).toEqual([
      [0, 0],
      [1, 0],
      [2, 500],
      [3, 1000],
      [4, 1500],
    ]);
  });

  it('refills while idle, but never beyond the burst size', async () => {
    const clock = fakeClock();
    const bucket = createTokenBucket({ requests: 2, perMs: 1000 }, clock);
    await bucket.take();
    await bucket.take();
    await clock.sleep(10_000);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await bucket.take();
      times.push(clock.now());
    }
    expect(times).toEqual([10_000, 10_000, 10_500]);
  });

  it('rejects an aborted waiter without holding up the next one', async () => {
    const clock = fakeClock();
    const bucket = createTokenBucket({ requests: 1, perMs: 100 }, clock);
    await bucket.take();
    const controller = new AbortController();
    controller.abort();
    await expect(bucket.take(controller.signal)).rejects.toThrow(/abort/i);
    await bucket.take();
    expect(clock.now()).toBe(100);
  });

  it('refuses a limit it cannot keep', () => {
    expect(() => createTokenBucket({ requests: 0, perMs: 1000 }, fakeClock())).toThrow(RangeError);
    expect(() => createTokenBucket({ requests: 1, perMs: 0 }, fakeClock())).toThrow(RangeError);
  });
});
