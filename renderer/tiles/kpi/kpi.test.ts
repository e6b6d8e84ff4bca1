import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../common/index.js';
import { kpiStatus, kpiTrend } from './kpi.js';

describe('kpiStatus', () => {
  it('reads thresholds downward when higher is better', () => {
    const o = { warn: 90, crit: 80, direction: 'higher-better' as const };
    expect(kpiStatus(95, o)).toBe('ok');
    expect(kpiStatus(90, o)).toBe('warn');
    expect(kpiStatus(85, o)).toBe('warn');
    expect(kpiStatus(80, o)).toBe('crit');
    expect(kpiStatus(10, o)).toBe('crit');
  });

  it('reads thresholds upward when lower is better', () => {
    const o = { warn: 100, crit: 150, direction: 'lower-better' as const };
    expect(kpiStatus(50, o)).toBe('ok');
    expect(kpiStatus(120, o)).toBe('warn');
    expect(kpiStatus(151, o)).toBe('crit');
  });

  it('works with one threshold, and is neutral with none', () => {
    expect(kpiStatus(5, { crit: 10, direction: 'higher-better' })).toBe('crit');
    expect(kpiStatus(50, { warn: 10, direction: 'lower-better' })).toBe('warn');
    expect(kpiStatus(50, { direction: 'lower-better' })).toBe('none');
  });
});

describe('kpiTrend', () => {
  const t0 = 1_000_000_000;
  const series = (...vs: number[]) => vs.map((v, i) => ({ t: t0 + i * 5 * MINUTE, v }));
  const opts = { trendMinutes: 15, direction: 'higher-better' as const, decimals: 1 };

  it('compares the latest value with the one trendMinutes earlier', () => {
    // points at 0, 5, 10, 15 min: the latest (15) against the one at 0.
    expect(kpiTrend(series(80, 70, 60, 85), opts)).toEqual({ delta: 5, arrow: 'up', tone: 'good' });
  });

  it('colours a rise as bad when lower is better', () => {
    expect(kpiTrend(series(80, 70, 60, 85), { ...opts, direction: 'lower-better' })).toMatchObject({ arrow: 'up', tone: 'bad' });
    expect(kpiTrend(series(80, 70, 60, 75), { ...opts, direction: 'lower-better' })).toMatchObject({ arrow: 'down', tone: 'good' });
  });

  it('is flat when the change rounds to zero', () => {
    expect(kpiTrend(series(80, 0, 0, 80.04), opts)).toEqual({ delta: 0, arrow: 'flat', tone: 'neutral' });
  });

  it('is unknown until the buffer reaches back far enough', () => {
    expect(kpiTrend(series(80, 90), opts)).toBeUndefined();
    expect(kpiTrend([], opts)).toBeUndefined();
  });
});
