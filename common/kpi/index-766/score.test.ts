import { describe, expect, it } from 'vitest';
import { fullScoreRate, paymentPoints, score } from './score.js';

describe('score', () => {
  it('scales the rate to the threshold', () => {
    // 40 / 50 × 4 = 3.2
    expect(score(40, fullScoreRate['3.3'], 4)).toBeCloseTo(3.2, 10);
    // 66.67 / 80 × 6 = 5.00025
    expect(score(66.67, fullScoreRate['4.2'], 6)).toBeCloseTo(5.00025, 10);
  });

  it('caps at the maximum', () => {
    // 97.28 / 80 × 6 = 7.296 → 6
    expect(score(97.28, fullScoreRate['4.3'], 6)).toBe(6);
  });

  it('gives 0 points to a rate without a denominator', () => {
    expect(score(null, fullScoreRate['3.6'], paymentPoints['3.6'])).toBe(0);
    expect(() => score(50, 0, 6)).toThrow(/threshold must be above 0/);
  });

  it('keeps the thresholds of domain.md 1.3', () => {
    expect(fullScoreRate).toEqual({ '3.1': 80, '3.3': 50, '3.5': 80, '3.6': 100, '4.2': 80, '4.3': 80, '5.4': 90 });
    // the TTTT group is worth 10
    expect(paymentPoints['3.5'] + paymentPoints['3.5b'] + paymentPoints['3.6']).toBe(10);
  });
});
