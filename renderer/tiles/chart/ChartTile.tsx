import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { DataBadge } from '../DataBadge.js';
import { dataState } from '../data-state.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { useSourceFreshness } from '../use-source-freshness.js';
import { buildChartOption } from './chart-options.js';
import { echarts } from './echarts.js';
import { useThrottled } from './use-throttled.js';

/** Font size from the tile's size, so a chart on a 4K wall and one on a console both read well. */
const fontSizeFor = (w: number, h: number) => Math.round(Math.max(12, Math.min(34, Math.min(w, h) / 16)));

/** How often the line chart's time axis moves on when no sample arrives. */
const SLIDE_MS = 10_000;

export function ChartTile({ tile, options }: TileProps<'chart'>) {
  const lang = useLang();
  const buffers = useApp(useShallow((s) => options.series.map((id) => s.samples[id])));
  const names = useApp(useShallow((s) => options.series.map((id) => s.series[id]?.name)));
  const connected = useConnected();
  const now = useNow();
  const elRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.EChartsType | undefined>(undefined);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [slide, setSlide] = useState(0);

  useEffect(() => {
    const el = elRef.current!;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => {
      chart.resize();
      setSize({ width: el.clientWidth, height: el.clientHeight });
    });
    observer.observe(el);
    const slider = setInterval(() => setSlide((n) => n + 1), SLIDE_MS);
    return () => {
      clearInterval(slider);
      observer.disconnect();
      chart.dispose();
      chartRef.current = undefined;
    };
  }, []);

  useThrottled(
    () => {
      const points = Object.fromEntries(options.series.map((id, i) => [id, buffers[i]?.points]));
      const named = Object.fromEntries(options.series.flatMap((id, i) => (names[i] ? [[id, names[i]]] : [])));
      const input = { options, names: named, points, now, fontSize: fontSizeFor(size.width, size.height), width: size.width, lang };
      chartRef.current?.setOption(buildChartOption(input), { notMerge: true });
    },
    1000,
    [buffers, names, options, size, lang, slide],
  );

  // The stalest series sets the tile's state: one dead station must not hide behind live ones.
  const latests = buffers.flatMap((b) => (b?.points.length ? [b.points[b.points.length - 1]!.t] : []));
  const lastAt = latests.length ? Math.min(...latests) : undefined;
  const loaded = buffers.every((b) => b?.loaded);
  const source = useSourceFreshness(options.series, options.staleAfterSeconds * 1000);
  const state = dataState({ lastAt, loaded, connected, now, staleAfterMs: source.staleAfterMs, sourceDown: source.condition === 'down' });

  return (
    <TileFrame tileId={tile.id} kind="chart" state={state} title={tile.title} badge={<DataBadge state={state} lastAt={lastAt} now={now} source={source.condition} />}>
      <div ref={elRef} className="chart-canvas" />
    </TileFrame>
  );
}
