import type { Dossier } from '../schemas/dossier.js';
import type { DossierCounts } from './dossier-counts.js';
import { dossierCounts, elapsed } from './dossier-counts.js';
import { digitisationRate } from './index-766/digitisation.js';
import { onlinePaymentRate, onlineSubmissionRate } from './index-766/online-services.js';
import { averageProcessingTime, onTimeRate } from './index-766/progress.js';
import type { Period } from './period.js';

export interface DossierSummary extends DossierCounts {
  /** 2.1 over the elapsed period, percent; null with nothing handled. */
  onTimeRate: number | null;
  /** 3.3, percent, with a sync rate of 1: DVCQG's count of the province's dossiers is not in the sync record. */
  onlineRate: number | null;
  /** 3.6, percent; null with no fee-bearing dossier received. */
  onlinePaymentRate: number | null;
  /** 4.2, percent; null with nothing received. */
  digitisationRate: number | null;
  /** 2.2 in calendar days; null with no completed dossier received in the period. */
  averageProcessingDays: number | null;
}

export interface AgencySummary extends DossierSummary {
  agencyCode: string;
  agencyName: string;
}

/** Counts and rates of a set of dossiers, all evaluated up to the same moment. */
export function summarise(dossiers: readonly Dossier[], period: Period, now: number): DossierSummary {
  const counts = dossierCounts(dossiers, period, now);
  const window = elapsed(period, now);
  return {
    ...counts,
    onTimeRate: onTimeRate(dossiers, window).rate,
    onlineRate: onlineSubmissionRate(dossiers, window).rate,
    onlinePaymentRate: onlinePaymentRate(dossiers, window).rate,
    digitisationRate: digitisationRate(dossiers, window).rate,
    averageProcessingDays: averageProcessingTime(dossiers, window).averageDays,
  };
}

/** The province row: the same rules over every dossier, so its counts are the sums of the agency rows. */
export function provinceTotals(dossiers: readonly Dossier[], period: Period, now: number): DossierSummary {
  return summarise(dossiers, period, now);
}

/**
 * One row per agency (DonViXuLy) with a dossier counted in the period, sorted by agency code. The name
 * is the one on the agency's latest received dossier: names change, as in the 2025 reorganisation.
 */
export function byAgency(dossiers: readonly Dossier[], period: Period, now: number): AgencySummary[] {
  const groups = new Map<string, Dossier[]>();
  for (const d of dossiers) {
    const list = groups.get(d.agencyCode);
    if (list) list.push(d);
    else groups.set(d.agencyCode, [d]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agencyCode, list]) => ({
      agencyCode,
      agencyName: list.reduce((latest, d) => (d.receivedAt > latest.receivedAt ? d : latest)).agencyName,
      ...summarise(list, period, now),
    }))
    .filter((row) => row.received + row.completed + row.returnedOrWithdrawn + row.inProgress > 0);
}
