import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFacet, RecordsWhere, RecordTileKind } from '../../../common/index.js';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { DataBadge } from '../../tiles/DataBadge.js';
import { dataState } from '../../tiles/data-state.js';
import { recordRows } from '../../tiles/records/record-rows.js';
import { recordsFreshness } from '../../tiles/records/records-freshness.js';
import { RecordsTable } from '../../tiles/records/RecordsTable.js';
import { RECORDS_STALE_AFTER_MS } from '../../tiles/records/RecordsTile.js';
import { useRecords } from '../../tiles/records/use-records.js';

type FacetKey = 'status' | 'category' | 'place';

function FacetSelect({ label, facet, value, choices, onChange }: { label: string; facet: FacetKey; value: string | undefined; choices: readonly RecordFacet[]; onChange(v: string | undefined): void }) {
  const { t } = useTranslation();
  // A chosen value the latest answer no longer has stays selectable, so the filter never changes by itself.
  const options = value !== undefined && !choices.some((c) => c.value === value) ? [...choices, { value, label: value, count: 0 }] : choices;
  return (
    <label className="records-filter-field">
      <span>{label}</span>
      <select data-facet={facet} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{t('records.filter.all')}</option>
        {options.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} ({c.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The desk's list of one kind of records, narrowed by the host (status, category or agency, ward, words, overdue
 * only) so every matching record counts, not only those one answer brings; the most urgent 500 are listed.
 */
export function RecordsBrowser({ kind }: { kind: RecordTileKind }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connected = useConnected();
  const [where, setWhere] = useState<RecordsWhere>({});
  const { page, fetchedAt, loaded } = useRecords(kind, where, true);
  const rows = recordRows(kind, page?.records ?? [], now, lang);
  const fresh = recordsFreshness(page, fetchedAt, RECORDS_STALE_AFTER_MS);
  const state = dataState({ lastAt: fresh.lastAt, loaded, connected, now, staleAfterMs: fresh.staleAfterMs, sourceDown: fresh.condition === 'down' });
  const set = (patch: RecordsWhere) =>
    setWhere((w) => Object.fromEntries(Object.entries({ ...w, ...patch }).filter(([, v]) => v !== undefined && v !== false && v !== '')) as RecordsWhere);
  const facet = (key: FacetKey) => (v: string | undefined) => set({ [key]: v === undefined ? undefined : [v] });
  const total = page?.total ?? 0;

  return (
    <div className="records-browser records--console" data-record-kind={kind} data-state={state} data-rows={String(total)}>
      <div className="records-filter" role="group" aria-label={t('records.filter.label')}>
        <FacetSelect label={t('records.filter.status')} facet="status" value={where.status?.[0]} choices={page?.facets?.status ?? []} onChange={facet('status')} />
        <FacetSelect label={t(`records.filter.group.${kind}`)} facet="category" value={where.category?.[0]} choices={page?.facets?.category ?? []} onChange={facet('category')} />
        {kind === 'field-report' ? <FacetSelect label={t('records.filter.place')} facet="place" value={where.place?.[0]} choices={page?.facets?.place ?? []} onChange={facet('place')} /> : null}
        <label className="records-filter-field records-filter-search">
          <span>{t('records.filter.search')}</span>
          <input type="search" maxLength={100} value={where.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label className="records-filter-check">
          <input type="checkbox" checked={where.overdueOnly ?? false} onChange={(e) => set({ overdueOnly: e.target.checked })} />
          {t('records.filter.overdueOnly')}
        </label>
        <button type="button" onClick={() => setWhere({})} disabled={Object.keys(where).length === 0}>
          {t('records.filter.clear')}
        </button>
      </div>
      <div className="records-browser-status">
        <span className="records-browser-count">
          {t('records.filter.shown', { shown: total, total: page?.all ?? 0, overdue: page?.overdue ?? 0 })}
          {total > rows.length ? ` · ${t('records.mostUrgent', { shown: rows.length })}` : ''}
        </span>
        <DataBadge state={state} lastAt={fresh.lastAt} now={now} source={fresh.condition} />
      </div>
      {loaded && rows.length === 0 ? <div className="records-empty">{t('records.empty')}</div> : <RecordsTable kind={kind} rows={rows} rowsPerPage={rows.length} />}
    </div>
  );
}
