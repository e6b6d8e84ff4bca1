import { DAY } from '../../common/time.js';
import type { FieldReport } from './field-report.js';
import { isOpen, isResolved } from './lifecycle.js';

/** Closed reports are kept this long, for the resolution time and on-time rate over the last seven days. */
export const HISTORY_MS = 7 * DAY;

/**
 * What to keep when `next` arrives for a report already known as `prev`: undefined when `next` is older (a
 * re-read window, a late page). Open311 has no "resolved at", so a resolved report keeps the time it was first
 * seen resolved: publishing and rating it later bump `updated_datetime` but did not take longer to fix.
 */
export function mergeReport(prev: FieldReport | undefined, next: FieldReport): FieldReport | undefined {
  if (prev && next.updatedAt < prev.updatedAt) return undefined;
  const { resolvedAt: sent, ...rest } = next;
  if (!isResolved(next.status)) return rest;
  const known = prev && isResolved(prev.status) ? prev.resolvedAt : undefined;
  return { ...rest, resolvedAt: sent ?? known ?? next.updatedAt };
}

/** The reports the metrics and alerts are computed from: every open one and the closed ones of the last week. */
export interface ReportBook {
  get(id: string): FieldReport | undefined;
  /** The stored report, or undefined when `next` was older than what is known. */
  apply(next: FieldReport): FieldReport | undefined;
  /** Replaces a report as is, e.g. to mark it overdue. */
  put(report: FieldReport): void;
  all(): FieldReport[];
  /** Drops closed reports that left the week of history. */
  prune(now: number): void;
}

export function createReportBook(): ReportBook {
  const reports = new Map<string, FieldReport>();
  return {
    get: (id) => reports.get(id),
    apply(next) {
      const merged = mergeReport(reports.get(next.id), next);
      if (merged) reports.set(merged.id, merged);
      return merged;
    },
    put: (report) => void reports.set(report.id, report),
    all: () => [...reports.values()],
    prune(now) {
      for (const [id, report] of reports) {
        if (!isOpen(report.status) && (report.resolvedAt ?? report.updatedAt) < now - HISTORY_MS) reports.delete(id);
      }
    },
  };
}
