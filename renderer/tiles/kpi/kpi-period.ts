import { reportingPeriodSchema, type ReportingPeriod } from '../../../common/index.js';
import { periodSoFar } from '../../../common/kpi/period.js';

/** The dates a KPI value covers, or the label a layout gives them. */
export type KpiPeriod = { from: number; to: number } | { label: string };

/**
 * What the tile shows as its period: the series' own, else the tile's option; a calendar period runs from
 * its start to the value's time `at` (the latest sample, or now before there is one).
 */
export function kpiPeriod(seriesPeriod: ReportingPeriod | undefined, option: string | undefined, at: number): KpiPeriod | undefined {
  const chosen = seriesPeriod ?? option;
  if (chosen === undefined) return undefined;
  const kind = reportingPeriodSchema.safeParse(chosen);
  return kind.success ? periodSoFar(kind.data, at) : { label: chosen };
}
