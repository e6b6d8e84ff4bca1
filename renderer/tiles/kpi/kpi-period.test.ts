import { describe, expect, it } from 'vitest';
import { periodAt } from '../../../common/kpi/period.js';
import { kpiPeriod } from './kpi-period.js';

const at = Date.UTC(2026, 10, 22, 3); // 22 Nov 2026 10:00 in Huế

describe('kpiPeriod', () => {
  it('takes the series’ period, from its start to the value’s time', () => {
    expect(kpiPeriod('month', undefined, at)).toEqual({ from: periodAt('month', at).from, to: at });
  });

  it('prefers the series’ period to the tile’s option', () => {
    expect(kpiPeriod('today', 'year', at)).toEqual({ from: periodAt('today', at).from, to: at });
  });

  it('falls back to the option: a calendar period with its dates, anything else as a label', () => {
    expect(kpiPeriod(undefined, 'quarter', at)).toEqual({ from: periodAt('quarter', at).from, to: at });
    expect(kpiPeriod(undefined, '7 ngày qua', at)).toEqual({ label: '7 ngày qua' });
  });

  it('shows no period when neither says one', () => {
    expect(kpiPeriod(undefined, undefined, at)).toBeUndefined();
  });
});
