import { describe, expect, it } from 'vitest';
import { agencySeries, provinceSeries } from './metrics.js';
import { scoreSeries } from './national-report.js';

describe('portal series', () => {
  it('carry the reporting period their metrics count', () => {
    expect(provinceSeries('dvc', 'year', '46').every((s) => s.period === 'year')).toBe(true);
    expect(agencySeries('dvc', 'today', '46', { code: 'STC', name: 'Sở Tài chính' }).every((s) => s.period === 'today')).toBe(true);
  });

  it('give the national scores the month or year DVCQG ranks by', () => {
    expect(new Set(scoreSeries('dvc', '46', 'today').map((s) => s.period))).toEqual(new Set(['month']));
    expect(new Set(scoreSeries('dvc', '46', 'year').map((s) => s.period))).toEqual(new Set(['year']));
  });
});
