import type { Dossier } from '../../schemas/dossier.js';
import type { Period } from '../period.js';
import { inPeriod } from '../period.js';
import type { Ratio } from '../ratio.js';
import { ratio } from '../ratio.js';
import { DAY } from '../../time.js';
import { assess, endOf, supplementMs } from './timeliness.js';

/**
 * 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn [S2c]: dossiers processed or in process on time or early
 * / dossiers received and processed in the period. In-progress dossiers are judged at the period end.
 */
export function onTimeRate(dossiers: readonly Dossier[], period: Period): Ratio {
  let numerator = 0;
  let denominator = 0;
  for (const d of dossiers) {
    const a = assess(d, period);
    if (!a) continue;
    denominator += 1;
    if (a.onTime) numerator += 1;
  }
  return ratio(numerator, denominator);
}

export interface AverageProcessingTime {
  /** Completed dossiers (Đã xử lý xong or Đã trả kết quả) received in the period. */
  dossiers: number;
  /** Days rounded to 2 decimals; null with no completed dossier. */
  averageDays: number | null;
}

/**
 * 2.2 Thời gian giải quyết trung bình: the time completed dossiers (status 9 or 10) that started in the
 * period took, counted as in 2.1 (end − start − supplement time, calendar days), over their number;
 * their end "may fall in another period" [S2c], so every end status counts. The transcription of the
 * formula sums a field named ThoiGianGiaiQuyet, which in the national TTHC database is the time a
 * procedure allows, not the time a dossier took: see docs/decisions/0008-average-processing-time.md.
 */
export function averageProcessingTime(dossiers: readonly Dossier[], period: Period): AverageProcessingTime {
  let count = 0;
  let totalDays = 0;
  for (const d of dossiers) {
    if (!inPeriod(d.receivedAt, period)) continue;
    const end = endOf(d, Number.POSITIVE_INFINITY);
    if (end?.status !== 9 && end?.status !== 10) continue;
    count += 1;
    totalDays += (end.at - d.receivedAt - supplementMs(d, end.at)) / DAY;
  }
  return { dossiers: count, averageDays: count === 0 ? null : Math.round((totalDays / count) * 100) / 100 };
}
