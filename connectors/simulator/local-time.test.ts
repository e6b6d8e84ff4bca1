import { describe, expect, it } from 'vitest';
import { dailyCurve, officeFactor } from './daily-curve.js';
import { formatLocal, localTime } from './local-time.js';

describe('local time in Asia/Ho_Chi_Minh', () => {
  it('is UTC+7 and changes day at local midnight', () => {
    const lastUtcEvening = Date.UTC(2025, 5, 1, 16, 59);
    expect(localTime(lastUtcEvening).hour).toBeCloseTo(23.9833, 3);
    const midnight = localTime(Date.UTC(2025, 5, 1, 17));
    expect(midnight.hour).toBe(0);
    expect(midnight.day).toBe(localTime(lastUtcEvening).day + 1);
    expect(midnight.weekday).toBe(1); // Monday 2 June 2025
    expect(formatLocal(Date.UTC(2025, 5, 2, 1, 5))).toBe('08:05 ngày 02/06');
  });

  it('interpolates daily curves and follows office hours', () => {
    const curve = [[0, 0], [12, 10], [24, 0]] as const;
    expect(dailyCurve(curve, 6)).toBe(5);
    expect(dailyCurve(curve, 12)).toBe(10);
    const monday = localTime(Date.UTC(2025, 5, 1, 17));
    expect(officeFactor({ ...monday, hour: 9 })).toBe(1);
    expect(officeFactor({ ...monday, hour: 3 })).toBe(0);
    expect(officeFactor({ ...monday, hour: 9, weekday: 0 })).toBeLessThan(0.2);
  });
});
