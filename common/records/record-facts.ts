import { dossierStatusNames, endStatuses, type DossierStatus } from '../schemas/dossier.js';
import { foldQuery } from './fold-text.js';

/**
 * What a records list sorts and filters a record by, read from its data by rules per kind: the host keeps
 * these beside each record (indexed), the renderer formats its rows with the same rules.
 */
export interface RecordFacts {
  /** Still being handled: its due time runs. */
  open: boolean;
  dueAt?: number;
  /** As the record stores it, as text: "in_progress", "4", "in-progress". */
  status?: string;
  statusLabel?: string;
  /** A field report's service code, a dossier's agency code, a document's department key. */
  category?: string;
  categoryLabel?: string;
  /** A field report's ward or commune key: the 5-digit code of QĐ 19/2025/QĐ-TTg, or a slug of its name. */
  place?: string;
  placeLabel?: string;
  /** The texts a row shows, folded (see foldText) and one per line, for word search. */
  search: string;
}

/** The steps of the Hue-S life cycle (domain.md §3) as the field-reports connector stores them. */
export const fieldReportStatuses = ['new', 'verified', 'rejected', 'assigned', 'in_progress', 'returned', 'resolved', 'published', 'rated'] as const;
/** The open ones; resolved, published, rated and rejected are closed. */
export const fieldReportOpenStatuses = ['new', 'verified', 'assigned', 'in_progress', 'returned'] as const satisfies readonly (typeof fieldReportStatuses)[number][];
/** A document's statuses as the document-management connector stores them. */
export const documentStatusValues = ['received', 'accepted', 'assigned', 'in-progress', 'done', 'refused', 'withdrawn'] as const;
/** Those that end its handling. */
export const documentClosedStatuses = ['done', 'refused', 'withdrawn'] as const satisfies readonly (typeof documentStatusValues)[number][];

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const field = (v: unknown, key: string): unknown => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined);

type Facts = Omit<RecordFacts, 'search'>;

function fieldReportFacts(d: Record<string, unknown>): Facts & { texts: unknown[] } {
  const status = str(d.status);
  return {
    open: (fieldReportOpenStatuses as readonly (string | undefined)[]).includes(status),
    dueAt: num(d.dueAt),
    status,
    statusLabel: str(d.statusLabel) ?? status,
    category: str(d.serviceCode),
    categoryLabel: str(d.serviceName) ?? str(d.serviceCode),
    place: str(field(d.ward, 'key')),
    placeLabel: str(field(d.ward, 'name')),
    texts: [d.address],
  };
}

function dossierFacts(d: Record<string, unknown>): Facts & { texts: unknown[] } {
  const status = num(d.status);
  const known = status !== undefined && status in dossierStatusNames;
  return {
    open: known && !endStatuses.includes(status as DossierStatus),
    dueAt: num(d.dueAt),
    status: status === undefined ? undefined : String(status),
    statusLabel: known ? dossierStatusNames[status as DossierStatus] : undefined,
    category: str(d.agencyCode),
    categoryLabel: str(d.agencyName) ?? str(d.agencyCode),
    texts: [d.code, d.procedureName, d.procedureCode],
  };
}

function documentFacts(d: Record<string, unknown>): Facts & { texts: unknown[] } {
  const status = str(d.status);
  const department = str(d.department) ?? str(field(d.department, 'slug')) ?? str(field(d.department, 'key'));
  return {
    open: status !== undefined && !(documentClosedStatuses as readonly string[]).includes(status),
    dueAt: num(d.deadline),
    status,
    statusLabel: str(d.statusLabel) ?? status,
    category: department,
    categoryLabel: str(d.department) ?? str(field(d.department, 'name')) ?? department,
    texts: [d.number],
  };
}

function otherFacts(d: Record<string, unknown>): Facts & { texts: unknown[] } {
  const status = str(d.status) ?? (num(d.status) === undefined ? undefined : String(d.status));
  return { open: false, status, statusLabel: status, texts: [] };
}

const factsOf: Record<string, (d: Record<string, unknown>) => Facts & { texts: unknown[] }> = {
  'field-report': fieldReportFacts,
  dossier: dossierFacts,
  document: documentFacts,
};

/** Leaves out what the record does not say, so the host stores NULL rather than "undefined". */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function recordFacts(kind: string, id: string, data: Record<string, unknown>): RecordFacts {
  const { texts, ...facts } = (factsOf[kind] ?? otherFacts)(data);
  const shown = [id, facts.statusLabel, facts.categoryLabel, facts.placeLabel, ...texts].filter((t): t is string => typeof t === 'string' && t !== '');
  return defined({ ...facts, search: shown.map(foldQuery).join('\n') });
}
