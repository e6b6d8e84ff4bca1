import { describe, expect, it } from 'vitest';
import { ratio } from './ratio.js';

describe('ratio', () => {
  it('gives a percent rounded to 2 decimals', () => {
    // 2 / 3 = 66.666…% → 66.67; 1 / 8 = 12.5%; 1 / 200 = 0.5%
    expect(ratio(2, 3).rate).toBe(66.67);
    expect(ratio(1, 8).rate).toBe(12.5);
    expect(ratio(1, 200).rate).toBe(0.5);
    // 1 / 3 × 0.5 × 100 = 16.666… → 16.67
    expect(ratio(1, 3, 0.5).rate).toBe(16.67);
  });

  it('gives null, not 0 or NaN, for a zero denominator', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});
