import { DAY, HOUR } from '../../common/time.js';
import type { FixturePackage, FixturePacket } from '../../connectors/document-management/fixture/seed-packages.js';
import type { FixtureDocument } from '../../connectors/document-management/fixture/seed.js';

/**
 * What the wall must show of the document fixture, by hand from its raw items, packages and packets and the
 * rules of docs/connectors/document-management.md: a first warm-up (no saved cursor) reads every open document and
 * what changed since midnight, and the packages and packets of the last 30 days; overdue is now past the deadline
 * and not done, refused or withdrawn; a package's status is that of the last packet sent back for it whose code
 * sets one (16 and the codes of no confirmed meaning change nothing).
 */

const VN = 7 * HOUR;
const midnightBefore = (t: number): number => Math.floor((t + VN) / DAY) * DAY - VN;
const closed = new Set(['done', 'refused', 'withdrawn']);
const codeStatus: Record<string, string> = { '01': 'received', '02': 'refused', '03': 'accepted', '04': 'assigned', '05': 'in-progress', '06': 'done', '13': 'withdrawn', '15': 'withdrawn' };

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

/** One line per document as the counts need it, whichever feed brought it. */
interface Counted {
  id: string;
  number: string;
  department: string;
  incoming: boolean;
  receivedAt: number;
  deadline: number | undefined;
  status: string;
}

/** A package's document: due at the end of its DueDate (local), in the department its recipient maps to. */
function fromPackage(p: FixturePackage, packets: readonly FixturePacket[], organIds: Readonly<Record<string, string>>): Counted {
  const last = packets.filter((k) => k.documentId === p.documentId && k.code in codeStatus).sort((a, b) => a.at - b.at).at(-1);
  const due = p.dueDate === undefined ? undefined : Date.parse(`${p.dueDate.replaceAll('/', '-')}T00:00:00+07:00`) + DAY - 1;
  const organ = p.to.find((t) => t.organId in organIds) ?? p.to[0]!;
  return {
    id: p.documentId,
    number: `${p.codeNumber}/${p.codeNotation}`,
    department: organIds[organ.organId] ?? organ.organId,
    incoming: true,
    receivedAt: p.receivedAt,
    deadline: due,
    status: last === undefined ? 'received' : codeStatus[last.code]!,
  };
}

/** The counts of the sync at `lastSync`, in a run whose first sync was at `firstSync`. */
export function expectedDocuments(
  fixture: { documents: readonly FixtureDocument[]; packages: readonly FixturePackage[]; packets: readonly FixturePacket[] },
  organIds: Readonly<Record<string, string>>,
  firstSync: number,
  lastSync: number,
): ExpectedDocuments {
  const ids = new Set(fixture.packages.map((p) => p.documentId));
  if (ids.size !== fixture.packages.length) throw new Error('two fixture packages share a DocumentId: the counts below assume they do not');
  const rest: Counted[] = fixture.documents
    .filter((d) => !closed.has(d.status) || d.updatedAt >= midnightBefore(firstSync))
    .map((d) => ({ id: d.id, number: d.number, department: d.department, incoming: d.direction === 'incoming', receivedAt: Date.parse(d.receivedAt), deadline: d.deadline === undefined ? undefined : Date.parse(d.deadline), status: d.status }));
  const lookback = midnightBefore(firstSync) - 30 * DAY;
  const read = [...rest, ...fixture.packages.filter((p) => p.receivedAt >= lookback).map((p) => fromPackage(p, fixture.packets, organIds))];

  const open = read.filter((d) => !closed.has(d.status));
  const isOverdue = (d: Counted) => !closed.has(d.status) && d.deadline !== undefined && lastSync > d.deadline;
  const overdueByDepartment = new Map<string, number>();
  for (const d of read) overdueByDepartment.set(d.department, (overdueByDepartment.get(d.department) ?? 0) + (isOverdue(d) ? 1 : 0));
  const today = midnightBefore(lastSync);
  return {
    overdue: read.filter(isOverdue).length,
    received: read.filter((d) => d.incoming && d.receivedAt >= today && d.receivedAt <= lastSync).length,
    inProgress: open.length,
    overdueByDepartment,
    open: open.flatMap((d) => (d.deadline === undefined ? [] : [{ id: d.id, number: d.number, departmentCode: d.department, deadline: d.deadline, status: d.status }])),
  };
}
