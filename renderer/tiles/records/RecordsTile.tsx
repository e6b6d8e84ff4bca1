import { useTranslation } from 'react-i18next';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { DataBadge } from '../DataBadge.js';
import { dataState } from '../data-state.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { filterRows } from './record-filter.js';
import { pageAt, recordRows } from './record-rows.js';
import { RecordsTable } from './RecordsTable.js';
import { useRecords } from './use-records.js';

/** Four polls missed: the list on screen no longer says what is open now. */
const STALE_AFTER_MS = 60_000;

/** A table of field reports, dossiers or documents, overdue first: paged on the wall, scrolled on the console. */
export function RecordsTile({ tile, options, mode }: TileProps<'records'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connected = useConnected();
  const { records, fetchedAt, loaded } = useRecords(options.kind, options.statuses);
  const state = dataState({ lastAt: fetchedAt, loaded, connected, now, staleAfterMs: STALE_AFTER_MS });
  const rows = filterRows(recordRows(options.kind, records, now, lang), { overdueOnly: options.overdueOnly });
  // The page follows the host clock, so every display of a wall turns its pages together.
  const page = mode === 'wall' ? pageAt(rows, options.maxRows, Math.floor(now / (options.pageSeconds * 1000))) : { items: rows, index: 0, count: 1 };
  const overdue = rows.filter((r) => r.overdue).length;

  return (
    <TileFrame
      tileId={tile.id}
      kind="records"
      state={state}
      title={tile.title ?? t(`records.kind.${options.kind}`)}
      className={`records records--${mode}`}
      data={{ 'data-record-kind': options.kind, 'data-rows': String(rows.length) }}
      badge={<DataBadge state={state} lastAt={fetchedAt} now={now} />}
    >
      {loaded && rows.length === 0 ? (
        <div className="records-empty">{t(options.overdueOnly && records.length > 0 ? 'records.noneOverdue' : 'records.empty')}</div>
      ) : (
        <RecordsTable kind={options.kind} rows={page.items} rowsPerPage={options.maxRows} />
      )}
      {rows.length > 0 ? (
        <div className="records-foot">
          {t('records.summary', { total: rows.length, overdue })}
          {page.count > 1 ? ` · ${t('records.page', { page: page.index + 1, count: page.count })}` : ''}
        </div>
      ) : null}
    </TileFrame>
  );
}
