import { useTranslation } from 'react-i18next';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { DataBadge } from '../DataBadge.js';
import { dataState } from '../data-state.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { pageAt, recordRows } from './record-rows.js';
import { recordsFreshness } from './records-freshness.js';
import { RecordsTable } from './RecordsTable.js';
import { tileWhere } from './tile-where.js';
import { RECORDS_POLL_MS, useRecords } from './use-records.js';

/** Two of the tile's own polls missed; a source that says how often it renews its data gets two of its polls. */
export const RECORDS_STALE_AFTER_MS = 2 * RECORDS_POLL_MS;

/** A table of field reports, dossiers or documents, overdue first: paged on the wall, scrolled on the console. */
export function RecordsTile({ tile, options, mode }: TileProps<'records'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connected = useConnected();
  const { page, fetchedAt, loaded } = useRecords(options.kind, tileWhere(options));
  const fresh = recordsFreshness(page, fetchedAt, RECORDS_STALE_AFTER_MS);
  const state = dataState({ lastAt: fresh.lastAt, loaded, connected, now, staleAfterMs: fresh.staleAfterMs, sourceDown: fresh.condition === 'down' });
  const rows = recordRows(options.kind, page?.records ?? [], now, lang);
  const total = page?.total ?? 0;
  // Counted here while every matching row is in hand, so the count follows the countdown; beyond, the host's.
  const overdue = total <= rows.length ? rows.filter((r) => r.overdue).length : (page?.overdue ?? 0);
  // The page follows the host clock, so every display of a wall turns its pages together.
  const shown = mode === 'wall' ? pageAt(rows, options.maxRows, Math.floor(now / (options.pageSeconds * 1000))) : { items: rows, index: 0, count: 1 };
  const empty = options.overdueOnly && (page?.all ?? 0) > 0 ? 'records.noneOverdue' : 'records.empty';

  return (
    <TileFrame
      tileId={tile.id}
      kind="records"
      state={state}
      title={tile.title ?? t(`records.kind.${options.kind}`)}
      className={`records records--${mode}`}
      data={{ 'data-record-kind': options.kind, 'data-rows': String(total) }}
      badge={<DataBadge state={state} lastAt={fresh.lastAt} now={now} source={fresh.condition} />}
    >
      {loaded && rows.length === 0 ? <div className="records-empty">{t(empty)}</div> : <RecordsTable kind={options.kind} rows={shown.items} rowsPerPage={options.maxRows} />}
      {rows.length > 0 ? (
        <div className="records-foot">
          {t('records.summary', { total, overdue })}
          {shown.count > 1 ? ` · ${t('records.page', { page: shown.index + 1, count: shown.count })}` : ''}
          {total > rows.length ? ` · ${t('records.mostUrgent', { shown: rows.length })}` : ''}
        </div>
      ) : null}
    </TileFrame>
  );
}
