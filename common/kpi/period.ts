/** A reporting period (kỳ báo cáo) in epoch ms, half-open: `from` is in it, `to` is not. */
export interface Period {
  from: number;
  to: number;
}

export function inPeriod(t: number, period: Period): boolean {
  return t >= period.from && t < period.to;
}
