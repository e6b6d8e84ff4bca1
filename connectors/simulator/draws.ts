import type { Rng } from '../sdk/rng.js';

/** Number of events in a period with the given expected count. */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  // Knuth's method costs one draw per event; above 30 the normal approximation is close and bounded in cost.
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
  const limit = Math.exp(-mean);
  let count = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) count++;
  return count;
}

/** Chance that something with the given mean waiting time happens within dt (same units). */
export function hazard(dt: number, meanWait: number): number {
  return meanWait > 0 ? 1 - Math.exp(-dt / meanWait) : 1;
}

/** How many of `count` items, each with probability p, change state: a binomial drawn cheaply for large stocks. */
export function thinned(rng: Rng, count: number, p: number): number {
  return Math.min(count, poisson(rng, count * p));
}

export function pickIndexByWeight(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let r = rng.next() * total;
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/**
 * Mean-reverting noise (Ornstein-Uhlenbeck), stepped exactly so that its spread does not depend on the
 * step length: 2 s ticks and 1 min test steps give the same statistics.
 */
export function meanRevert(rng: Rng, x: number, dt: number, tau: number, sd: number): number {
  const keep = Math.exp(-dt / tau);
  return x * keep + sd * Math.sqrt(1 - keep * keep) * rng.normal();
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
