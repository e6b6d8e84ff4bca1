import type { AlertInput } from '../../common/schemas/alert.js';
import { HOUR } from '../../common/time.js';
import type { FieldReport } from './field-report.js';
import { isOpen, isResolved } from './lifecycle.js';
import { formatLocal } from '../../common/vn-time.js';

/** One alert per report: raising it again, or its resolution, updates the same alert. */
export const overdueRef = (id: string): string => `overdue:${id}`;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const place = (r: FieldReport): string => r.address ?? r.ward?.name ?? 'địa chỉ chưa rõ';

const lateBy = (ms: number): string => (ms < HOUR ? 'chưa đến 1 giờ' : `${Math.round(ms / HOUR)} giờ`);

/** Only what an operator needs to act: no reporter data and no citizen's text, which may name people. */
export function overdueAlert(r: FieldReport, now: number): AlertInput {
  const unit = r.agency ? `; đơn vị xử lý: ${r.agency}` : '';
  return {
    sourceRef: overdueRef(r.id),
    severity: r.urgency === 'urgent' ? 'major' : 'minor',
    category: 'field-report',
    title: clip(`Phản ánh quá hạn xử lý: ${r.serviceName} tại ${place(r)}`, 300),
    description: clip(
      `Phản ánh ${r.id} (${r.urgency === 'urgent' ? 'khẩn' : 'thường'}) tiếp nhận lúc ${formatLocal(r.requestedAt)}, ` +
        `hạn xử lý ${formatLocal(r.dueAt)} (${r.slaHours} giờ), quá hạn ${lateBy(now - r.dueAt)}; ` +
        `trạng thái: ${r.statusLabel.toLowerCase()}${unit}.`,
      4000,
    ),
    location: clip(r.ward?.name ?? r.address ?? '', 300),
    raisedAt: now,
  };
}

/** The update of an overdue alert once its report is closed, resolved or rejected. */
export function closedAlert(r: FieldReport, now: number): AlertInput {
  const resolved = isResolved(r.status);
  const when = formatLocal(r.resolvedAt ?? r.updatedAt);
  return {
    sourceRef: overdueRef(r.id),
    severity: 'info',
    category: 'field-report',
    title: clip(`${resolved ? 'Phản ánh quá hạn đã được xử lý xong' : 'Phản ánh quá hạn đã đóng'}: ${r.serviceName} tại ${place(r)}`, 300),
    description: clip(
      `Phản ánh ${r.id} ${resolved ? 'đã xử lý xong' : `đã đóng (${r.statusLabel.toLowerCase()})`} lúc ${when}; ` +
        `hạn xử lý là ${formatLocal(r.dueAt)}.`,
      4000,
    ),
    location: clip(r.ward?.name ?? r.address ?? '', 300),
    raisedAt: now,
  };
}

export interface AlertPass {
  alerts: AlertInput[];
  /** Reports stored before their due time that are now overdue, to be stored again with `overdue: true`. */
  newlyOverdue: FieldReport[];
  /** Ids with an overdue alert still open after this pass. */
  alerted: Set<string>;
}

/**
 * Raises an overdue alert once per report, the first time a sync sees it open past its due time, and updates it
 * once when the report is closed. Pure: `alerted` in, the new set out.
 */
export function overduePass(reports: readonly FieldReport[], alerted: ReadonlySet<string>, now: number): AlertPass {
  const next = new Set(alerted);
  const alerts: AlertInput[] = [];
  const newlyOverdue: FieldReport[] = [];
  for (const r of reports) {
    if (isOpen(r.status) && now > r.dueAt && !next.has(r.id)) {
      next.add(r.id);
      alerts.push(overdueAlert(r, now));
      if (!r.overdue) newlyOverdue.push({ ...r, overdue: true });
    } else if (!isOpen(r.status) && next.has(r.id)) {
      next.delete(r.id);
      alerts.push(closedAlert(r, now));
    }
  }
  return { alerts, newlyOverdue, alerted: next };
}
