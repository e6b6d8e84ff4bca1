import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { rankingSeriesIds } from '../../../common/index.js';
import { formatNumber } from '../../format/number.js';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { DataBadge } from '../DataBadge.js';
import { dataState } from '../data-state.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { useSourceFreshness } from '../use-source-freshness.js';
import { averageShare, rankRows, rowLabels } from './ranking.js';

/** Agencies ranked by their latest value, best first, with horizontal bars and the province average as a marker. */
export function RankingTile({ tile, options }: TileProps<'ranking'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connected = useConnected();
  const ranked = useApp(useShallow((s) => rankingSeriesIds(options, Object.values(s.series))));
  const ids = options.average ? [...ranked, options.average] : ranked;
  const latest = useApp(useShallow((s) => ids.map((id) => s.samples[id]?.points.at(-1))));
  const loaded = useApp((s) => ids.length > 0 && ids.every((id) => s.samples[id]?.loaded));
  const names = useApp(useShallow((s) => ranked.map((id) => s.series[id]?.name)));
  const unit = useApp((s) => options.unit || (ranked[0] ? s.series[ranked[0]]?.unit : '') || '');

  const average = options.average ? latest[ranked.length]?.v : undefined;
  const labels = rowLabels(ranked, names);
  const rows = rankRows(
    ranked.map((id, i) => ({ id, name: labels[i]!, value: latest[i]?.v })),
    options.direction,
    average,
    options.order,
  ).slice(0, options.maxRows);
  const marker = averageShare(rows, average);
  // The stalest agency sets the tile's state: one silent feed must not hide behind live ones.
  const times = latest.flatMap((p) => (p ? [p.t] : []));
  const lastAt = times.length ? Math.min(...times) : undefined;
  const source = useSourceFreshness(ids, options.staleAfterSeconds * 1000);
  const state = dataState({ lastAt, loaded, connected, now, staleAfterMs: source.staleAfterMs, sourceDown: source.condition === 'down' });
  const fmt = (v: number) => formatNumber(v, lang, options.decimals);

  return (
    <TileFrame tileId={tile.id} kind="ranking" state={state} title={tile.title} className="ranking" badge={<DataBadge state={state} lastAt={lastAt} now={now} source={source.condition} />}>
      <ol className="ranking-list" style={{ '--n': rows.length } as CSSProperties}>
        {rows.map((row) => (
          <li key={row.id} className="ranking-row" data-series-id={row.id} data-value={row.value ?? ''}>
            <span className="ranking-rank">{row.rank ?? '–'}</span>
            <span className="ranking-name">{row.name}</span>
            <span className="ranking-track">
              <span className="ranking-bar" style={{ width: `${row.share * 100}%` }} />
              {marker !== undefined ? <span className="ranking-average" style={{ left: `${marker * 100}%` }} /> : null}
            </span>
            <span className="ranking-value">{row.value === undefined ? '—' : fmt(row.value)}</span>
          </li>
        ))}
      </ol>
      {average !== undefined ? (
        <div className="ranking-legend">
          <span className="ranking-legend-mark" /> {t('ranking.average', { value: `${fmt(average)}${unit ? ` ${unit}` : ''}` })}
        </div>
      ) : unit ? (
        <div className="ranking-legend">{t('ranking.unit', { unit })}</div>
      ) : null}
    </TileFrame>
  );
}
