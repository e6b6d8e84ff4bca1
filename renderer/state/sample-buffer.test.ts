import { describe, expect, it } from 'vitest';
import { mergePoints, pointAtOrBefore, type Point } from './sample-buffer.js';

const pts = (...ts: number[]): Point[] => ts.map((t) => ({ t, v: t * 10 }));
const limits = { maxPoints: 5, maxAgeMs: 1000 };

describe('mergePoints', () => {
  it('appends newer points in order', () => {
    expect(mergePoints(pts(1, 2), pts(3, 4), limits).map((p) => p.t)).toEqual([1, 2, 3, 4]);
  });

  it('sorts late points in and lets a re-sent timestamp replace the old value', () => {
    const merged = mergePoints(pts(1, 3, 5), [{ t: 2, v: 0 }, { t: 3, v: -1 }], limits);
    expect(merged).toEqual([
      { t: 1, v: 10 },
      { t: 2, v: 0 },
      { t: 3, v: -1 },
      { t: 5, v: 50 },
    ]);
  });

  it('keeps at most maxPoints, dropping the oldest', () => {
    expect(mergePoints(pts(1, 2, 3, 4), pts(5, 6, 7), limits).map((p) => p.t)).toEqual([3, 4, 5, 6, 7]);
  });

  it('drops points older than maxAgeMs before the newest', () => {
    expect(mergePoints(pts(100, 500), pts(1400, 1500), limits).map((p) => p.t)).toEqual([500, 1400, 1500]);
  });

  it('returns the same array when nothing arrives', () => {
    const p = pts(1, 2);
    expect(mergePoints(p, [], limits)).toBe(p);
  });

  it('stays bounded over a long run', () => {
    let buf: Point[] = [];
    for (let t = 0; t < 100_000; t += 7) buf = mergePoints(buf, [{ t, v: 1 }], { maxPoints: 2000, maxAgeMs: 1e9 });
    expect(buf).toHaveLength(2000);
    expect(buf[1999]!.t).toBe(99_995);
  });
});

describe('pointAtOrBefore', () => {
  it('finds the last point not after the time', () => {
    const p = pts(10, 20, 30);
    expect(pointAtOrBefore(p, 25)?.t).toBe(20);
    expect(pointAtOrBefore(p, 30)?.t).toBe(30);
    expect(pointAtOrBefore(p, 5)).toBeUndefined();
  });
});
