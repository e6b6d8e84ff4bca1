import { useTranslation } from 'react-i18next';
import { formatDateRange } from '../../format/datetime.js';
import { formatNumber } from '../../format/number.js';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { SeverityIcon } from '../../ui/SeverityIcon.js';
import { DataBadge } from '../DataBadge.js';
import { dataState } from '../data-state.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { useSourceFreshness } from '../use-source-freshness.js';
import { kpiStatus, kpiTrend } from './kpi.js';
import { kpiPeriod } from './kpi-period.js';

const arrows = { up: '▲', down: '▼', flat: '▶' } as const;

/** One number read from across the room: value, unit, target, trend, threshold colour and the period it covers. */
export function KpiTile({ tile, options }: TileProps<'kpi'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const meta = useApp((s) => s.series[options.seriesId]);
  const buffer = useApp((s) => s.samples[options.seriesId]);
  const connected = useConnected();
  const now = useNow();

  const latest = buffer?.points[buffer.points.length - 1];
  const source = useSourceFreshness([options.seriesId], options.staleAfterSeconds * 1000);
  const state = dataState({ lastAt: latest?.t, loaded: buffer?.loaded ?? false, connected, now, staleAfterMs: source.staleAfterMs, sourceDown: source.condition === 'down' });
  const status = latest ? kpiStatus(latest.v, options) : 'none';
  const trend = buffer ? kpiTrend(buffer.points, options) : undefined;
  const unit = options.unit || meta?.unit || '';
  const fmt = (v: number) => formatNumber(v, lang, options.decimals);
  const period = kpiPeriod(meta?.period, options.period, latest?.t ?? now);

  return (
    <TileFrame
      tileId={tile.id}
      kind="kpi"
      state={state}
      title={tile.title ?? meta?.name ?? options.seriesId}
      className={`kpi kpi--${status}`}
      badge={<DataBadge state={state} lastAt={latest?.t} now={now} source={source.condition} />}
    >
      <div className="kpi-main">
        <span className="kpi-value">
          {status === 'crit' || status === 'warn' ? <SeverityIcon severity={status === 'crit' ? 'critical' : 'major'} /> : null}
          {latest ? fmt(latest.v) : '—'}
        </span>
        {unit ? <span className="kpi-unit">{unit}</span> : null}
      </div>
      {period ? (
        <div className="kpi-period">{t('kpi.period', { period: 'label' in period ? period.label : formatDateRange(period.from, period.to, lang) })}</div>
      ) : null}
      <div className="kpi-foot">
        {trend ? (
          <span className={`kpi-trend kpi-trend--${trend.tone}`}>
            {arrows[trend.arrow]} {t('kpi.trend', { delta: (trend.delta > 0 ? '+' : '') + fmt(trend.delta), minutes: options.trendMinutes })}
          </span>
        ) : null}
        {options.target !== undefined ? <span className="kpi-target">{t('kpi.target', { value: `${fmt(options.target)}${unit ? ` ${unit}` : ''}` })}</span> : null}
      </div>
    </TileFrame>
  );
}
