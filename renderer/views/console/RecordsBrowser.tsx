import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTileKind } from '../../../common/index.js';
import { useConnected } from '../../hooks/use-connected.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { DataBadge } from '../../tiles/DataBadge.js';
import { dataState } from '../../tiles/data-state.js';
import { facetChoices, filterRows, type FacetKey, type RecordFilter } from '../../tiles/records/record-filter.js';
import { recordRows } from '../../tiles/records/record-rows.js';
import { RecordsTable } from '../../tiles/records/RecordsTable.js';
import { useRecords } from '../../tiles/records/use-records.js';

const STALE_AFTER_MS = 60_000;

function FacetSelect({ label, facet, value, choices, onChange }: { label: string; facet: FacetKey; value: string | undefined; choices: { value: string; count: number }[]; onChange(v: string | undefined): void }) {
  const { t } = useTranslation();
  // A chosen value the latest list no longer has stays selectable, so the filter never changes by itself.
  const options = value !== undefined && !choices.some((c) => c.value === value) ? [...choices, { value, count: 0 }] : choices;
  return (
    <label className="records-filter-field">
      <span>{label}</span>
      <select data-facet={facet} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{t('records.filter.all')}</option>
        {options.map((c) => (
          <option key={c.value} value={c.value}>
            {c.value} ({c.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The desk's list of one kind of records: every row, scrolled, narrowed by status, category or agency, place and words. */
export function RecordsBrowser({ kind }: { kind: RecordTileKind }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connected = useConnected();
  const { records, fetchedAt, loaded } = useRecords(kind, undefined);
  const [filter, setFilter] = useState<RecordFilter>({});
  const all = useMemo(() => recordRows(kind, records, now, lang), [kind, records, now, lang]);
  const rows = filterRows(all, filter);
  const state = dataState({ lastAt: fetchedAt, loaded, connected, now, staleAfterMs: STALE_AFTER_MS });
  const set = (patch: RecordFilter) => setFilter((f) => ({ ...f, ...patch }));
  const facet = (key: FacetKey) => (v: string | undefined) => setFilter((f) => {
    const next = { ...f };
    if (v === undefined) delete next[key];
    else next[key] = v;
    return next;
  });
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== false && v !== '');

  return (
    <div className="records-browser records--console" data-record-kind={kind} data-state={state} data-rows={String(rows.length)}>
      <div className="records-filter" role="group" aria-label={t('records.filter.label')}>
        <FacetSelect label={t('records.filter.status')} facet="status" value={filter.status} choices={facetChoices(all, 'status')} onChange={facet('status')} />
        <FacetSelect label={t(`records.filter.group.${kind}`)} facet="group" value={filter.group} choices={facetChoices(all, 'group')} onChange={facet('group')} />
        {kind === 'field-report' ? <FacetSelect label={t('records.filter.place')} facet="place" value={filter.place} choices={facetChoices(all, 'place')} onChange={facet('place')} /> : null}
        <label className="records-filter-field records-filter-search">
          <span>{t('records.filter.search')}</span>
          <input type="search" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label className="records-filter-check">
          <input type="checkbox" checked={filter.overdueOnly ?? false} onChange={(e) => set({ overdueOnly: e.target.checked })} />
          {t('records.filter.overdueOnly')}
        </label>
        <button type="button" onClick={() => setFilter({})} disabled={!filtered}>
          {t('records.filter.clear')}
        </button>
      </div>
      <div className="records-browser-status">
        <span className="records-browser-count">{t('records.filter.shown', { shown: rows.length, total: all.length, overdue: rows.filter((r) => r.overdue).length })}</span>
        <DataBadge state={state} lastAt={fetchedAt} now={now} />
      </div>
      {loaded && rows.length === 0 ? <div className="records-empty">{t('records.empty')}</div> : <RecordsTable kind={kind} rows={rows} rowsPerPage={rows.length} />}
    </div>
  );
}
