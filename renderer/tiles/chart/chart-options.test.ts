import { describe, expect, it } from 'vitest';
import { buildChartOption, type ChartInput } from './chart-options.js';

const now = 10_000_000;
const input = (over: Partial<ChartInput['options']> = {}): ChartInput => ({
  options: { chartType: 'line', series: ['aqi.a', 'aqi.b'], windowMinutes: 30, unit: 'AQI', min: 0, max: 500, ...over },
  names: { 'aqi.a': 'Trạm A' },
  points: {
    'aqi.a': [
      { t: now - 40 * 60_000, v: 1 },
      { t: now - 20 * 60_000, v: 50 },
      { t: now - 60_000, v: 72.5 },
    ],
    'aqi.b': [{ t: now - 60_000, v: 130 }],
  },
  now,
  fontSize: 20,
  width: 800,
  lang: 'vi',
});

/** The parts of the built option the tests read, with the formatters callable. */
interface Built {
  animation: boolean;
  legend: { show: boolean };
  xAxis: { type: string; min: number; max: number; axisLabel: { formatter: (v: number) => string } };
  yAxis: { data: string[] };
  series: {
    type: string;
    name: string;
    min: number;
    max: number;
    data: { value?: number }[] & unknown[];
    label: { formatter: (p: { value: number }) => string };
    detail: { formatter: (v: number) => string };
  }[];
}
const build = (i: ChartInput): Built => buildChartOption(i) as unknown as Built;
const seriesOf = (o: Built) => o.series;

describe('chart option builders', () => {
  it('never animates on the wall', () => {
    for (const chartType of ['line', 'bar', 'gauge', 'pie'] as const) {
      expect(build(input({ chartType })).animation).toBe(false);
    }
  });

  it('line: one series per id over the window only, named by the series meta', () => {
    const o = build(input());
    expect(o.xAxis).toMatchObject({ type: 'time', min: now - 30 * 60_000, max: now });
    expect(seriesOf(o).map((s) => s.name)).toEqual(['Trạm A', 'aqi.b']);
    expect(seriesOf(o)[0]!.data).toEqual([
      [now - 20 * 60_000, 50],
      [now - 60_000, 72.5],
    ]);
    expect(o.legend.show).toBe(true);
  });

  it('line: formats the time axis in Ha Noi time', () => {
    const o = build(input());
    expect(o.xAxis.axisLabel.formatter(Date.UTC(2026, 0, 1, 1, 30))).toBe('08:30');
  });

  it('bar: latest value per series with labels in Vietnamese number format', () => {
    const o = build(input({ chartType: 'bar' }));
    expect(o.yAxis.data).toEqual(['Trạm A', 'aqi.b']);
    const bars = seriesOf(o)[0]!;
    expect(bars.data.map((d) => d.value)).toEqual([72.5, 130]);
    expect(bars.label.formatter({ value: 72.5 })).toBe('72,5 AQI');
  });

  it('gauge: latest of the first series on the min..max scale', () => {
    const g = seriesOf(build(input({ chartType: 'gauge' })))[0]!;
    expect(g).toMatchObject({ type: 'gauge', min: 0, max: 500 });
    expect(g.data).toEqual([{ value: 72.5, name: 'Trạm A' }]);
  });

  it('gauge: shows a dash, not a zero, before any data', () => {
    const i = input({ chartType: 'gauge' });
    const g = seriesOf(build({ ...i, points: {} }))[0]!;
    expect(g.detail.formatter(0)).toBe('—');
  });

  it('pie: latest values, leaving out series without data', () => {
    const i = input({ chartType: 'pie', series: ['aqi.a', 'aqi.b', 'aqi.c'] });
    const p = seriesOf(build(i))[0]!;
    expect(p.data).toEqual([
      { name: 'Trạm A', value: 72.5 },
      { name: 'aqi.b', value: 130 },
    ]);
  });
});
