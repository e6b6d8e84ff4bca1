import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TileOptions } from '../../../common/index.js';
import { formatNumber } from '../../format/number.js';
import { formatTime } from '../../format/datetime.js';
import type { Lang } from '../../route.js';
import type { Point } from '../../state/sample-buffer.js';

export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | GaugeSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface ChartInput {
  options: Pick<TileOptions<'chart'>, 'chartType' | 'series' | 'windowMinutes' | 'unit' | 'min' | 'max'>;
  /** Display names by series id; the id stands in for a series the host has not described. */
  names: Readonly<Record<string, string>>;
  points: Readonly<Record<string, readonly Point[] | undefined>>;
  now: number;
  /** Base font size in px, from the tile's size: the wall is read from metres away. */
  fontSize: number;
  /** The chart's size in px, for label room. */
  width: number;
  lang: Lang;
}

/** High-contrast colours on a dark background, told apart by people with red-green colour blindness. */
export const palette = ['#4dabf7', '#ffd43b', '#69db7c', '#ff8787', '#da77f2', '#3bc9db', '#ffa94d', '#e9ecef'];
const text = '#e9eef5';
const axisLine = '#5c6b80';
const splitLine = '#2a3546';
const fontFamily = '"Noto Sans", "DejaVu Sans", sans-serif';

const nameOf = (input: ChartInput, id: string) => input.names[id] ?? id;
const latestOf = (input: ChartInput, id: string) => input.points[id]?.at(-1);

function decimalsFor(v: number): number {
  return Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : 1;
}

function fmt(input: ChartInput, v: number): string {
  const n = formatNumber(v, input.lang, decimalsFor(v));
  return input.options.unit ? `${n} ${input.options.unit}` : n;
}

function base(input: ChartInput): ChartOption {
  return {
    animation: false,
    backgroundColor: 'transparent',
    color: palette,
    // A canvas font needs real family names: 'inherit' would make the canvas fall back to 10px.
    textStyle: { color: text, fontSize: input.fontSize, fontFamily },
  };
}

function legend(input: ChartInput): LegendComponentOption {
  return {
    show: input.options.series.length > 1,
    top: 0,
    textStyle: { color: text, fontSize: input.fontSize },
    itemWidth: input.fontSize * 1.5,
    itemHeight: input.fontSize * 0.8,
  };
}

/** One line per series over the window, time on the x axis in the IOC's zone. */
export function lineOption(input: ChartInput): ChartOption {
  const from = input.now - input.options.windowMinutes * 60_000;
  const f = input.fontSize;
  return {
    ...base(input),
    legend: legend(input),
    grid: { left: f * 0.5, right: f, top: input.options.series.length > 1 ? f * 2.5 : f, bottom: f * 0.5, containLabel: true },
    xAxis: {
      type: 'time',
      min: from,
      max: input.now,
      axisLine: { lineStyle: { color: axisLine } },
      axisLabel: { color: text, fontSize: f * 0.85, hideOverlap: true, formatter: (v: number) => formatTime(v, input.lang) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: input.options.unit,
      nameTextStyle: { color: text, fontSize: f * 0.85 },
      axisLabel: { color: text, fontSize: f * 0.85, formatter: (v: number) => formatNumber(v, input.lang, decimalsFor(v)) },
      splitLine: { lineStyle: { color: splitLine } },
    },
    series: input.options.series.map(
      (id): LineSeriesOption => ({
        type: 'line',
        name: nameOf(input, id),
        showSymbol: false,
        lineStyle: { width: Math.max(2, f / 6) },
        data: (input.points[id] ?? []).filter((p) => p.t >= from).map((p) => [p.t, p.v]),
      }),
    ),
  };
}

/** Latest value per series as horizontal bars: long Vietnamese names stay readable on the category axis. */
export function barOption(input: ChartInput): ChartOption {
  const f = input.fontSize;
  const ids = input.options.series;
  // Room on the right for the longest value label, which sits past the end of its bar.
  const longest = Math.max(1, ...ids.map((id) => fmt(input, latestOf(input, id)?.v ?? 0).length));
  return {
    ...base(input),
    grid: { left: f * 0.5, right: f * (1 + longest * 0.62), top: f * 0.5, bottom: f * 0.5, containLabel: true },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: splitLine } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ids.map((id) => nameOf(input, id)),
      axisLine: { lineStyle: { color: axisLine } },
      axisLabel: { color: text, fontSize: f },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: f * 2,
        label: { show: true, position: 'right', color: text, fontSize: f, formatter: (p) => fmt(input, Number(p.value)) },
        data: ids.map((id, i) => ({ value: latestOf(input, id)?.v ?? null, itemStyle: { color: palette[i % palette.length] } })),
      },
    ],
  };
}

/** Latest value of the first series on the tile's min..max scale. */
export function gaugeOption(input: ChartInput): ChartOption {
  const f = input.fontSize;
  const id = input.options.series[0]!;
  const latest = latestOf(input, id);
  return {
    ...base(input),
    series: [
      {
        type: 'gauge',
        min: input.options.min,
        max: input.options.max,
        radius: '90%',
        center: ['50%', '58%'],
        progress: { show: true, width: f * 0.9 },
        axisLine: { lineStyle: { width: f * 0.9, color: [[1, splitLine]] } },
        axisTick: { show: false },
        splitLine: { length: f * 0.5, lineStyle: { color: axisLine, width: 2 } },
        axisLabel: { color: text, fontSize: f * 0.75, distance: f * 1.4 },
        pointer: { show: false },
        // The name sits between the value and the scale's end labels, which share the bottom row.
        title: { show: true, color: text, fontSize: f * 0.9, offsetCenter: [0, '30%'] },
        detail: {
          valueAnimation: false,
          color: text,
          fontSize: f * 2.6,
          fontWeight: 'bold',
          offsetCenter: [0, '-5%'],
          formatter: (v: number) => (latest ? fmt(input, v) : '—'),
        },
        data: [{ value: latest?.v ?? input.options.min, name: nameOf(input, id) }],
      },
    ],
  };
}

/** Share of each series' latest value. */
export function pieOption(input: ChartInput): ChartOption {
  const f = input.fontSize;
  return {
    ...base(input),
    legend: { ...legend(input), show: false },
    series: [
      {
        type: 'pie',
        radius: ['32%', '62%'],
        avoidLabelOverlap: true,
        // Long Vietnamese names wrap at the tile's edge instead of running off it.
        label: {
          color: text,
          fontSize: f,
          alignTo: 'edge',
          edgeDistance: f * 0.5,
          width: input.width * 0.28,
          overflow: 'break',
          formatter: (p) => `${p.name}\n${fmt(input, Number(p.value))}`,
        },
        labelLine: { lineStyle: { color: axisLine } },
        data: input.options.series
          .map((id) => ({ name: nameOf(input, id), value: latestOf(input, id)?.v }))
          .filter((d): d is { name: string; value: number } => d.value !== undefined),
      },
    ],
  };
}

export function buildChartOption(input: ChartInput): ChartOption {
  switch (input.options.chartType) {
    case 'line':
      return lineOption(input);
    case 'bar':
      return barOption(input);
    case 'gauge':
      return gaugeOption(input);
    case 'pie':
      return pieOption(input);
  }
}
