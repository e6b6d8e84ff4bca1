import type { Dossier, DossierStatus } from '../../schemas/dossier.js';
import { endStatuses } from '../../schemas/dossier.js';
import type { Period } from '../period.js';
import { DAY } from '../../time.js';

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

/** Supplement requests made before `end`: a second one makes the dossier late [S2c] 2.1. */
export function supplementRequestsBefore(d: Dossier, end: number): number {
  return d.supplements.filter((s) => s.requestedAt < end).length;
}

/**
 * Time with the citizen: Σ(hoàn thành bổ sung − yêu cầu bổ sung) [S2c] 2.1. An open request runs until
 * `end`, which puts the end back at the request time as [S2c] says for a dossier still awaiting papers.
 */
export function supplementMs(d: Dossier, end: number): number {
  return d.supplements
    .filter((s) => s.requestedAt < end)
    .reduce((sum, s) => sum + Math.min(s.completedAt ?? end, end) - s.requestedAt, 0);
}

/**
 * NgayHenTra, or without it the start plus the procedure's maximum time [S2c] 2.1
 * (end − start − supplement ≤ maximum is end − supplement ≤ start + maximum). Calendar days: working
 * days would need the national holiday calendar, which the sync record does not carry.
 */
export function deadlineOf(d: Dossier): number | undefined {
  if (d.dueAt !== undefined) return d.dueAt;
  return d.maxProcessingDays === undefined ? undefined : d.receivedAt + d.maxProcessingDays * DAY;
}

/** On time when end − supplement time ≤ deadline and at most one supplement request [S2c] 2.1. */
export function isOnTime(d: Dossier, end: number): boolean {
  if (supplementRequestsBefore(d, end) > 1) return false;
  const deadline = deadlineOf(d);
  // The schema demands a deadline; a dossier that skipped it cannot be shown to be late.
  return deadline === undefined || end - supplementMs(d, end) <= deadline;
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
