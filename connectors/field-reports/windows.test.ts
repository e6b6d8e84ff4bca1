import { describe, expect, it } from 'vitest';
import { DAY } from '../../common/time.js';
import { fetchWindow, isoSeconds, MAX_RESULTS, planWindows, type TimeWindow } from './windows.js';

describe('planWindows', () => {
  it('walks from start to end in windows of at most the given length', () => {
    expect(planWindows(0, 25 * DAY, 10 * DAY)).toEqual([
      { from: 0, to: 10 * DAY },
      { from: 10 * DAY, to: 20 * DAY },
      { from: 20 * DAY, to: 25 * DAY },
    ]);
    expect(planWindows(0, 10 * DAY, 10 * DAY)).toEqual([{ from: 0, to: 10 * DAY }]);
  });

  it('plans nothing when the start is not before the end', () => {
    expect(planWindows(5, 5, DAY)).toEqual([]);
    expect(planWindows(6, 5, DAY)).toEqual([]);
  });

  it('refuses a window length that would never end', () => {
    expect(() => planWindows(0, 1, 0)).toThrow(RangeError);
  });
});

describe('isoSeconds', () => {
  it('writes UTC to the second', () => {
    expect(isoSeconds(Date.UTC(2025, 5, 2, 3, 4, 5, 678))).toBe('2025-06-02T03:04:05Z');
  });
});

describe('fetchWindow', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('returns a partial answer as it is', async () => {
    const asked: TimeWindow[] = [];
    const got = await fetchWindow(async (w) => (asked.push(w), items(3)), { from: 0, to: DAY }, () => undefined);
    expect(got).toHaveLength(3);
    expect(asked).toEqual([{ from: 0, to: DAY }]);
  });

  it('halves a window whose answer is full, on whole seconds', async () => {
    const asked: TimeWindow[] = [];
    const fetch = async (w: TimeWindow) => {
      asked.push(w);
      return items(w.to - w.from > DAY / 2 ? MAX_RESULTS : 10);
    };
    const got = await fetchWindow(fetch, { from: 0, to: DAY + 1000 }, () => undefined);
    expect(asked).toEqual([
      { from: 0, to: DAY + 1000 },
      { from: 0, to: DAY / 2 },
      { from: DAY / 2, to: DAY + 1000 },
      { from: DAY / 2, to: DAY / 2 + (DAY / 2 / 2000) * 1000 },
      { from: DAY / 2 + (DAY / 2 / 2000) * 1000, to: DAY + 1000 },
    ]);
    expect(got).toHaveLength(30);
  });

  it('reports a window of a second that is still full instead of halving forever', async () => {
    const truncated: [TimeWindow, number][] = [];
    const got = await fetchWindow(async () => items(MAX_RESULTS), { from: 0, to: 1000 }, (w, n) => truncated.push([w, n]));
    expect(got).toHaveLength(MAX_RESULTS);
    expect(truncated).toEqual([[{ from: 0, to: 1000 }, MAX_RESULTS]]);
  });
});
