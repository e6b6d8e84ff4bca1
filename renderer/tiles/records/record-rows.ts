import type { RecordTileKind, SourceRecord } from '../../../common/index.js';
import { dossierStatusNames, endStatuses, type DossierStatus } from '../../../common/schemas/dossier.js';
import { formatDateTime } from '../../format/datetime.js';
import { formatSla } from '../../format/sla.js';
import type { Lang } from '../../route.js';

/** What an operator narrows a list by, as the table shows it: a status, a category, agency or department, a place. */
export interface RecordFacets {
  status: string;
  group: string;
  place?: string;
}

/** One line of the table: cells in the order of the kind's columns, already formatted. */
export interface RecordRow {
  id: string;
  overdue: boolean;
  cells: string[];
  facets: RecordFacets;
  /** A photo of the scene, for field reports that have one. */
  mediaUrl?: string;
}

/** i18n keys of the column headers, per kind; the photo column of field reports comes last. */
export const recordColumns: Record<RecordTileKind, string[]> = {
  'field-report': ['records.col.status', 'records.col.category', 'records.col.place', 'records.col.sla'],
  dossier: ['records.col.code', 'records.col.procedure', 'records.col.agency', 'records.col.status', 'records.col.due'],
  document: ['records.col.number', 'records.col.department', 'records.col.deadline', 'records.col.status'],
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const nameOf = (v: unknown): string | undefined => str(v) ?? (v !== null && typeof v === 'object' ? str((v as { name?: unknown }).name) : undefined);

/** A row with the due time its record still runs against: set while it is open, for the order of the table. */
interface Timed {
  row: RecordRow;
  runningDue: number | undefined;
}

/** Overdue is computed now, since the flag stored with a record ages. */
function timed(id: string, open: boolean, dueAt: number | undefined, now: number, row: Omit<RecordRow, 'id' | 'overdue'>): Timed {
  const runningDue = open ? dueAt : undefined;
  return { row: { id, overdue: runningDue !== undefined && now > runningDue, ...row }, runningDue };
}

function dueCell(open: boolean, dueAt: number | undefined, now: number, lang: Lang): string {
  if (dueAt === undefined) return '—';
  return open ? `${formatDateTime(dueAt, lang)} · ${formatSla(dueAt, now, lang)}` : formatDateTime(dueAt, lang);
}

function fieldReportRow(id: string, d: Record<string, unknown>, now: number, lang: Lang): Timed {
  // The field-reports connector sets resolvedAt on resolution; a rejected report is closed without it.
  const open = d.resolvedAt === undefined && d.status !== 'rejected';
  const dueAt = num(d.dueAt);
  const mediaUrl = str(d.mediaUrl);
  const status = str(d.statusLabel) ?? str(d.status) ?? '—';
  const category = str(d.serviceName) ?? str(d.serviceCode) ?? '—';
  const place = nameOf(d.ward) ?? str(d.address) ?? '—';
  return timed(id, open, dueAt, now, {
    cells: [status, category, place, open && dueAt !== undefined ? formatSla(dueAt, now, lang) : '—'],
    facets: { status, group: category, place },
    ...(mediaUrl && /^https?:\/\//.test(mediaUrl) ? { mediaUrl } : {}),
  });
}

function dossierRow(id: string, d: Record<string, unknown>, now: number, lang: Lang): Timed {
  const status = num(d.status) as DossierStatus | undefined;
  const open = status !== undefined && !endStatuses.includes(status);
  const dueAt = num(d.dueAt);
  const agency = str(d.agencyName) ?? str(d.agencyCode) ?? '—';
  const statusName = status !== undefined && status in dossierStatusNames ? dossierStatusNames[status] : '—';
  return timed(id, open, dueAt, now, {
    cells: [str(d.code) ?? id, str(d.procedureName) ?? str(d.procedureCode) ?? '—', agency, statusName, dueCell(open, dueAt, now, lang)],
    facets: { status: statusName, group: agency },
  });
}

const closedDocumentStatuses = ['done', 'refused', 'withdrawn'];

function documentRow(id: string, d: Record<string, unknown>, now: number, lang: Lang): Timed {
  const open = !closedDocumentStatuses.includes(String(d.status));
  const deadline = num(d.deadline);
  const department = nameOf(d.department) ?? '—';
  const status = str(d.statusLabel) ?? str(d.status) ?? '—';
  return timed(id, open, deadline, now, {
    cells: [str(d.number) ?? id, department, dueCell(open, deadline, now, lang), status],
    facets: { status, group: department },
  });
}

const rowOf = { 'field-report': fieldReportRow, dossier: dossierRow, document: documentRow } as const;

/**
 * The table's rows as a countdown: open records with a due time first, the soonest due on top, so the most
 * overdue lead and every display pages through the same order; ties by id. Then the rest in the order
 * given (newest first from the host).
 */
export function recordRows(kind: RecordTileKind, records: readonly SourceRecord[], now: number, lang: Lang): RecordRow[] {
  const rows = records.map((r) => rowOf[kind](r.id, r.data, now, lang));
  const running = rows
    .filter((r): r is Timed & { runningDue: number } => r.runningDue !== undefined)
    .sort((a, b) => a.runningDue - b.runningDue || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  return [...running, ...rows.filter((r) => r.runningDue === undefined)].map((r) => r.row);
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
