import { HOUR } from '../../common/index.js';

export interface Point {
  t: number;
  v: number;
}

export interface BufferLimits {
  maxPoints: number;
  /** Points older than the newest one by more than this are dropped. */
  maxAgeMs: number;
}

export const defaultLimits: BufferLimits = { maxPoints: 2000, maxAgeMs: 2 * HOUR };

/**
 * Merges new points into a series' buffer: ascending by time, one point per timestamp (the new
 * one wins), bounded by count and by age so a wall that runs for months holds a fixed amount.
 * Returns a new array so selectors see the change; the common case (newer points at the end)
 * does not sort.
 */
export function mergePoints(points: readonly Point[], incoming: readonly Point[], limits: BufferLimits): Point[] {
  if (incoming.length === 0) return points as Point[];
  const last = points[points.length - 1];
  let merged: Point[];
  if (isAscending(incoming) && (last === undefined || incoming[0]!.t > last.t)) {
    merged = points.concat(incoming);
  } else {
    const byTime = new Map<number, Point>();
    for (const p of points) byTime.set(p.t, p);
    for (const p of incoming) byTime.set(p.t, p);
    merged = [...byTime.values()].sort((a, b) => a.t - b.t);
  }
  return trim(merged, limits);
}

function isAscending(points: readonly Point[]): boolean {
  for (let i = 1; i < points.length; i++) if (points[i]!.t <= points[i - 1]!.t) return false;
  return true;
}

function trim(points: Point[], limits: BufferLimits): Point[] {
  const newest = points[points.length - 1];
  if (!newest) return points;
  const oldestAllowed = newest.t - limits.maxAgeMs;
  let start = Math.max(0, points.length - limits.maxPoints);
  while (start < points.length && points[start]!.t < oldestAllowed) start++;
  return start === 0 ? points : points.slice(start);
}

/** The last point at or before a time, for "compared with 15 minutes ago". */
export function pointAtOrBefore(points: readonly Point[], t: number): Point | undefined {
  let lo = 0;
  let hi = points.length - 1;
  let found: Point | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = points[mid]!;
    if (p.t <= t) {
      found = p;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
