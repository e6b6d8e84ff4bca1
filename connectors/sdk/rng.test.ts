import { describe, expect, it } from 'vitest';
import { createRng } from './rng.js';

const draw = (seed: number, n = 5) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats the same sequence for a seed, and another for another seed', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('continues the same sequence from its stored state', () => {
    const rng = createRng(7);
    rng.next();
    rng.next();
    const resumed = createRng(rng.state);
    expect([resumed.next(), resumed.next()]).toEqual([rng.next(), rng.next()]);
  });

  it('stays within its ranges', () => {
    const rng = createRng(1);
    for (let i = 0; i < 2000; i++) {
      const u = rng.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const k = rng.int(3, 5);
      expect([3, 4, 5]).toContain(k);
      const x = rng.between(-2, 2);
      expect(x).toBeGreaterThanOrEqual(-2);
      expect(x).toBeLessThan(2);
      expect(Number.isFinite(rng.normal())).toBe(true);
    }
  });

  it('has a roughly uniform mean and a standard normal', () => {
    const rng = createRng(2025);
    const n = 20000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) sum += rng.next();
    for (let i = 0; i < n; i++) squares += rng.normal() ** 2;
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect(squares / n).toBeCloseTo(1, 1);
  });

  it('picks from a list and refuses an empty one', () => {
    const rng = createRng(3);
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
