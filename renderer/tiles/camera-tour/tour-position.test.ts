import { describe, expect, it } from 'vitest';
import { tourPosition } from './tour-position.js';

// 10 s, 5 s, 8 s: steps start at 0, 10 and 15 s of a 23 s cycle.
const steps = [{ dwellSeconds: 10 }, { dwellSeconds: 5 }, { dwellSeconds: 8 }];

describe('tourPosition', () => {
  it.each([
    [0, 0, 10_000],
    [9_900, 0, 100],
    [10_000, 1, 5_000],
    [14_900, 1, 100],
    [15_000, 2, 8_000],
    [23_000, 0, 10_000],
    [23_100, 0, 9_900],
  ])('at %i ms shows step %i with %i ms left', (elapsed, index, remainingMs) => {
    expect(tourPosition(steps, elapsed)).toEqual({ index, remainingMs });
  });

  it('stays exact on a wall clock of today: 10^12 ms is 43 478 260 cycles and 20 s', () => {
    expect(tourPosition(steps, 1e12)).toEqual({ index: 2, remainingMs: 3_000 });
    expect(tourPosition(steps, 1e12 + 2_999.5)).toEqual({ index: 2, remainingMs: 0.5 });
  });

  it('counts back from the end of the cycle for a clock before the anchor', () => {
    expect(tourPosition(steps, -1_000)).toEqual({ index: 2, remainingMs: 1_000 });
  });

  it('repeats a single step', () => {
    expect(tourPosition([{ dwellSeconds: 3 }], 7_500)).toEqual({ index: 0, remainingMs: 1_500 });
  });

  it('refuses a tour with no steps', () => {
    expect(() => tourPosition([], 0)).toThrow('a tour needs at least one step');
  });
});
