import { describe, expect, it } from 'vitest';
import { periodAt, periodSoFar } from './period.js';

/** Huế is UTC+7: local midnight of a date is 17:00 UTC the day before. */
const vnMidnight = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 7 * 3_600_000;

describe('periodAt', () => {
  const t = Date.UTC(2026, 10, 22, 3); // 22 Nov 2026 10:00 in Huế

  it('bounds the local day, month, quarter and year', () => {
    expect(periodAt('today', t)).toEqual({ from: vnMidnight(2026, 11, 22), to: vnMidnight(2026, 11, 23) });
    expect(periodAt('month', t)).toEqual({ from: vnMidnight(2026, 11, 1), to: vnMidnight(2026, 12, 1) });
    expect(periodAt('quarter', t)).toEqual({ from: vnMidnight(2026, 10, 1), to: vnMidnight(2027, 1, 1) });
    expect(periodAt('year', t)).toEqual({ from: vnMidnight(2026, 1, 1), to: vnMidnight(2027, 1, 1) });
  });

  it('reads the date in Huế, not in UTC', () => {
    const early = Date.UTC(2026, 2, 31, 18); // 1 April 01:00 in Huế, still 31 March in UTC
    expect(periodAt('quarter', early).from).toBe(vnMidnight(2026, 4, 1));
    expect(periodAt('month', early).from).toBe(vnMidnight(2026, 4, 1));
  });

  it("runs a value's period up to the value's own time", () => {
    expect(periodSoFar('month', t)).toEqual({ from: vnMidnight(2026, 11, 1), to: t });
  });
});
