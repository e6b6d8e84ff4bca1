import type { ReportingPeriod } from '../schemas/series.js';
import { DAY } from '../time.js';
import { startOfLocalDay, VN_OFFSET_MS } from '../vn-time.js';

/** A reporting period (kỳ báo cáo) in epoch ms, half-open: `from` is in it, `to` is not. */
export interface Period {
  from: number;
  to: number;
}

export function inPeriod(t: number, period: Period): boolean {
  return t >= period.from && t < period.to;
}

/** The local day, month, quarter or year holding `t`, half-open. */
export function periodAt(kind: ReportingPeriod, t: number): Period {
  if (kind === 'today') {
    const from = startOfLocalDay(t);
    return { from, to: from + DAY };
  }
  const d = new Date(t + VN_OFFSET_MS);
  const y = d.getUTCFullYear();
  const first = kind === 'month' ? d.getUTCMonth() : kind === 'quarter' ? d.getUTCMonth() - (d.getUTCMonth() % 3) : 0;
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  return { from: Date.UTC(y, first, 1) - VN_OFFSET_MS, to: Date.UTC(y, first + months, 1) - VN_OFFSET_MS };
}

/** What a value of a `kind` series at `t` covers: from its period's start up to `t` itself. */
export function periodSoFar(kind: ReportingPeriod, t: number): Period {
  return { from: periodAt(kind, t).from, to: t };
}
