import { DAY, HOUR } from '../../common/time.js';
import type { FixtureDocument } from '../../connectors/document-management/fixture/seed.js';

/**
 * What the wall must show of the document fixture, by hand from its raw items and the rules of
 * docs/connectors/document-management.md: overdue is now past the deadline and not done, refused or withdrawn.
 */

const VN = 7 * HOUR;
const midnightBefore = (t: number): number => Math.floor((t + VN) / DAY) * DAY - VN;
const closed = new Set(['done', 'refused', 'withdrawn']);

export interface OpenDocument {
  id: string;
  number: string;
  departmentCode: string;
  deadline: number;
  status: string;
}

export interface ExpectedDocuments {
  overdue: number;
  /** Incoming documents received since midnight. */
  received: number;
  inProgress: number;
  /** Overdue documents by department code, for every department the connector has read a document of. */
  overdueByDepartment: Map<string, number>;
  open: OpenDocument[];
}

/** The first sync (at `firstSync`) reads what changed since that day's midnight; the counts are those of the sync at `lastSync`. */
export function expectedDocuments(fixture: readonly FixtureDocument[], firstSync: number, lastSync: number): ExpectedDocuments {
  const read = fixture.filter((d) => d.updatedAt >= midnightBefore(firstSync));
  const open = read.filter((d) => !closed.has(d.status));
  const isOverdue = (d: FixtureDocument) => !closed.has(d.status) && d.deadline !== undefined && lastSync > Date.parse(d.deadline);
  const overdueByDepartment = new Map<string, number>();
  for (const d of read) overdueByDepartment.set(d.department, (overdueByDepartment.get(d.department) ?? 0) + (isOverdue(d) ? 1 : 0));
  const today = midnightBefore(lastSync);
  return {
    overdue: read.filter(isOverdue).length,
    received: read.filter((d) => d.direction === 'incoming' && Date.parse(d.receivedAt) >= today && Date.parse(d.receivedAt) <= lastSync).length,
    inProgress: open.length,
    overdueByDepartment,
    open: open.map((d) => ({ id: d.id, number: d.number, departmentCode: d.department, deadline: Date.parse(d.deadline!), status: d.status })),
  };
}
