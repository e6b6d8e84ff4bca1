import { recordFacts, type RecordTileKind, type SourceRecord } from '../../../common/index.js';
import { formatDateTime } from '../../format/datetime.js';
import { formatSla } from '../../format/sla.js';
import type { Lang } from '../../route.js';

/** One line of the table: cells in the order of the kind's columns, already formatted. */
export interface RecordRow {
  id: string;
  overdue: boolean;
  cells: string[];
  /** The record has a photo of the scene, which the host serves (recordPhotoPath). */
  photo: boolean;
}

/** i18n keys of the column headers, per kind; the photo column of field reports comes last. */
export const recordColumns: Record<RecordTileKind, string[]> = {
  'field-report': ['records.col.status', 'records.col.category', 'records.col.place', 'records.col.sla'],
  dossier: ['records.col.code', 'records.col.procedure', 'records.col.agency', 'records.col.status', 'records.col.due'],
  document: ['records.col.number', 'records.col.department', 'records.col.deadline', 'records.col.status'],
};

/**
 * How the width of a narrow tile is shared among its columns, in the order of recordColumns (the
 * photo last): every column keeps a part and cuts its text with an ellipsis, none falls off the edge.
 */
export const recordColumnShares: Record<RecordTileKind, number[]> = {
  'field-report': [1.4, 1.7, 1.3, 0.95, 0.45],
  dossier: [1.2, 2, 1.4, 1.1, 1.6],
  document: [1, 1.5, 1.9, 1.1],
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function dueCell(open: boolean, dueAt: number | undefined, now: number, lang: Lang): string {
  if (dueAt === undefined) return '—';
  return open ? `${formatDateTime(dueAt, lang)} · ${formatSla(dueAt, now, lang)}` : formatDateTime(dueAt, lang);
}

/** The cells of a record, by kind; the facts (open, due time, names) are read as the host reads them to order the list. */
function cellsOf(kind: RecordTileKind, r: SourceRecord, now: number, lang: Lang): { cells: string[]; open: boolean; dueAt: number | undefined } {
  const f = recordFacts(kind, r.id, r.data);
  const d = r.data;
  const dash = (v: string | undefined) => v ?? '—';
  if (kind === 'field-report') {
    const sla = f.open && f.dueAt !== undefined ? formatSla(f.dueAt, now, lang) : '—';
    return { open: f.open, dueAt: f.dueAt, cells: [dash(f.statusLabel), dash(f.categoryLabel), dash(f.placeLabel ?? str(d.address)), sla] };
  }
  if (kind === 'dossier') {
    const cells = [str(d.code) ?? r.id, dash(str(d.procedureName) ?? str(d.procedureCode)), dash(f.categoryLabel), dash(f.statusLabel), dueCell(f.open, f.dueAt, now, lang)];
    return { open: f.open, dueAt: f.dueAt, cells };
  }
  return { open: f.open, dueAt: f.dueAt, cells: [str(d.number) ?? r.id, dash(f.categoryLabel), dueCell(f.open, f.dueAt, now, lang), dash(f.statusLabel)] };
}

/** The table's rows in the host's order; overdue is computed now, since the flag stored with a record ages. */
export function recordRows(kind: RecordTileKind, records: readonly SourceRecord[], now: number, lang: Lang): RecordRow[] {
  return records.map((r) => {
    const { cells, open, dueAt } = cellsOf(kind, r, now, lang);
    const media = str(r.data.mediaUrl);
    return { id: r.id, overdue: open && dueAt !== undefined && now > dueAt, cells, photo: kind === 'field-report' && media !== undefined && /^https?:\/\//i.test(media) };
  });
}

export interface Page<T> {
  items: T[];
  index: number;
  count: number;
}

/** The page a wall shows at a tick of its paging clock, going round: tick 0 is the first page. */
export function pageAt<T>(items: readonly T[], size: number, tick: number): Page<T> {
  const count = Math.max(1, Math.ceil(items.length / size));
  const index = ((tick % count) + count) % count;
  return { items: items.slice(index * size, (index + 1) * size), index, count };
}
