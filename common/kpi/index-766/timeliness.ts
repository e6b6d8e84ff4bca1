import type { Dossier, DossierStatus, SupplementRequest } from '../../schemas/dossier.js';
import { endStatuses } from '../../schemas/dossier.js';
import type { Period } from '../period.js';
import { legalDeadline } from '../legal-time.js';

/** The status that ended processing and when. */
export interface EndEvent {
  status: DossierStatus;
  at: number;
}

/** How a dossier stands in a period for indicator 2.1. */
export interface Assessment {
  /** Absent while the dossier is still in progress at the period end. */
  end?: EndEvent;
  /** The end time used for the verdict: the end status's time, or the period end. */
  endAt: number;
  onTime: boolean;
}

/**
 * [S2c] 2.1: "Đã xử lý xong" > "Đã trả kết quả" > "Dừng xử lý/Từ chối". The document's longer text also
 * lists citizen withdrawal (7) among end statuses; it shares the last rank.
 */
const rank = (status: DossierStatus): number => (status === 9 ? 0 : status === 10 ? 1 : 2);

/**
 * The end status reached before `cutoff`, by precedence, earliest time within a rank. Events at or
 * after the cutoff have not happened yet for that period, so a past period gives the same answer later.
 */
export function endOf(d: Dossier, cutoff: number): EndEvent | undefined {
  const events: EndEvent[] = (d.statusHistory ?? []).filter((h) => endStatuses.includes(h.status));
  // Without a history entry, NgayKetThucXuLy (or NgayTra for a returned dossier) dates the current status.
  const currentAt = d.finishedAt ?? (d.status === 10 ? d.returnedAt : undefined);
  if (endStatuses.includes(d.status) && currentAt !== undefined) events.push({ status: d.status, at: currentAt });
  return events
    .filter((e) => e.at < cutoff)
    .reduce<EndEvent | undefined>((best, e) => {
      if (!best) return e;
      const byRank = rank(e.status) - rank(best.status);
      return byRank < 0 || (byRank === 0 && e.at < best.at) ? e : best;
    }, undefined);
}

/** The portal moved the due date for this request (NgayHenTraMoi differs from NgayHenTraTruoc). */
const movedDue = (s: SupplementRequest): s is SupplementRequest & { newDueAt: number } =>
  s.newDueAt !== undefined && s.newDueAt !== s.previousDueAt;

const pauseMs = (supplements: readonly SupplementRequest[], end: number): number =>
  supplements.filter((s) => s.requestedAt < end).reduce((sum, s) => sum + Math.min(s.completedAt ?? end, end) - s.requestedAt, 0);

/**
 * Time with the citizen: Σ(hoàn thành bổ sung − yêu cầu bổ sung) [S2c] 2.1. An open request runs until
 * `end`, which puts the end back at the request time as [S2c] says for a dossier still awaiting papers.
 */
export function supplementMs(d: Dossier, end: number): number {
  return pauseMs(d.supplements, end);
}

/**
 * NgayHenTra, or without it the start plus the procedure's legal time [S2c] 2.1
 * (end − start − supplement ≤ maximum is end − supplement ≤ start + maximum).
 */
export function deadlineOf(d: Dossier): number | undefined {
  if (d.dueAt !== undefined) return d.dueAt;
  return d.legalTime === undefined ? undefined : legalDeadline(d.receivedAt, d.legalTime);
}

/**
 * On time when end − supplement time ≤ deadline and at most one supplement request [S2c] 2.1. A request for
 * which the portal set a new due date (NgayHenTraMoi) is judged against that date and its time is not
 * subtracted: the new date already holds it.
 */
export function isOnTime(d: Dossier, end: number): boolean {
  const asked = d.supplements.filter((s) => s.requestedAt < end);
  if (asked.length > 1) return false;
  const moved = asked.find(movedDue);
  const deadline = moved?.newDueAt ?? deadlineOf(d);
  // The schema demands a deadline; a dossier that skipped it cannot be shown to be late.
  return deadline === undefined || end - pauseMs(asked.filter((s) => !movedDue(s)), end) <= deadline;
}

/**
 * "Tiếp nhận, xử lý trong kỳ" [S2c] 2.1: received before the period end and not ended before it
 * began, so dossiers carried over from earlier periods count too. Undefined for any other dossier.
 * With no end status the end is the period end [S2c] 2.1.
 */
export function assess(d: Dossier, period: Period): Assessment | undefined {
  if (period.from >= period.to || d.receivedAt >= period.to) return undefined;
  const end = endOf(d, period.to);
  if (end && end.at < period.from) return undefined;
  const endAt = end?.at ?? period.to;
  return { ...(end && { end }), endAt, onTime: isOnTime(d, endAt) };
}
