import type { AlertInput } from '../../common/schemas/alert.js';
import { isClosed, isOverdue, type Doc } from './document.js';
import { formatLocal } from '../../common/vn-time.js';

/** One alert per document: raising it again, or its closing, updates the same alert. */
export const overdueRef = (id: string): string => `overdue:${id}`;

const urgencyLabel = { 'hoa-toc': 'hỏa tốc', 'thuong-khan': 'thượng khẩn' } as const;

/** Only incoming documents marked hỏa tốc or thượng khẩn page an operator; the rest show in the overdue counts. */
const watched = (d: Doc): d is Doc & { urgency: keyof typeof urgencyLabel } =>
  d.direction === 'incoming' && (d.urgency === 'hoa-toc' || d.urgency === 'thuong-khan');

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** No summary, even of an ordinary document: the number, issuer and department are enough to act on. */
export function overdueAlert(d: Doc & { urgency: keyof typeof urgencyLabel }, now: number): AlertInput {
  return {
    sourceRef: overdueRef(d.id),
    severity: d.urgency === 'hoa-toc' ? 'major' : 'minor',
    category: 'document',
    title: clip(`Văn bản ${d.number} quá hạn xử lý tại ${d.department.name}`, 300),
    description: clip(
      `${d.type} ${d.number} (${urgencyLabel[d.urgency]}) của ${d.issuer}, đến lúc ${formatLocal(d.receivedAt)}, ` +
        `hạn xử lý ${formatLocal(d.deadline ?? now)}.`,
      4000,
    ),
    location: clip(d.department.name, 300),
    raisedAt: now,
  };
}

function closedAlert(d: Doc, now: number): AlertInput {
  return {
    sourceRef: overdueRef(d.id),
    severity: 'info',
    category: 'document',
    title: clip(`Văn bản ${d.number} quá hạn đã ${d.status === 'done' ? 'hoàn thành' : 'kết thúc xử lý'} tại ${d.department.name}`, 300),
    description: '',
    location: clip(d.department.name, 300),
    raisedAt: now,
  };
}

/**
 * Raises an overdue alert the first time a sync sees a watched document past its deadline, and updates it once
 * when the document is no longer overdue. Pure: `alerted` in, the new set out.
 */
export function overduePass(docs: readonly Doc[], alerted: ReadonlySet<string>, now: number): { alerts: AlertInput[]; alerted: Set<string> } {
  const next = new Set(alerted);
  const alerts: AlertInput[] = [];
  for (const d of docs) {
    if (watched(d) && isOverdue(d, now) && !next.has(d.id)) {
      next.add(d.id);
      alerts.push(overdueAlert(d, now));
    } else if (next.has(d.id) && !isOverdue(d, now)) {
      next.delete(d.id);
      alerts.push(closedAlert(d, now));
    }
  }
  return { alerts, alerted: next };
}

/**
 * The documents whose alert a sync at `at` left raised: watched, past their deadline and still open then. After
 * a restart, `at` is the saved cursor, so a document closed while this app was stopped gets its closing update.
 */
export const alertedAt = (docs: readonly Doc[], at: number): Set<string> =>
  new Set(docs.filter((d) => watched(d) && d.deadline !== undefined && d.deadline < at && (!isClosed(d.status) || (d.completedAt ?? d.updatedAt) > at)).map((d) => d.id));
