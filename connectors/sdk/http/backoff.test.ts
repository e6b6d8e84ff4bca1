import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff.js';

describe('backoffDelay', () => {
  const backoff = { baseMs: 100, capMs: 1000 };

  it('doubles the ceiling after each failure up to the cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, backoff, top))).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('draws uniformly below the ceiling (full jitter)', () => {
    const draws = Array.from({ length: 4000 }, () => backoffDelay(3, backoff, Math.random));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(400);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(180);
    expect(mean).toBeLessThan(220);
    expect(Math.min(...draws)).toBeLessThan(40);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-07-01T00:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 01 Jul 2025 00:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as now, and nonsense as absent', () => {
    expect(parseRetryAfter('Mon, 30 Jun 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
