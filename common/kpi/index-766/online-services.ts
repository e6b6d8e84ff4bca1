import type { Dossier } from '../../schemas/dossier.js';
import type { Period } from '../period.js';
import { inPeriod } from '../period.js';
import type { Ratio } from '../ratio.js';
import { ratio } from '../ratio.js';

/**
 * An online dossier for 3.3 [S2c]: KenhThucHien = 2 and, when its procedure issues a paper result, an
 * electronic result too (MaKetQua and a result file).
 */
export const countsAsOnline = (d: Dossier): boolean => d.channel === 2 && (d.paperResult !== true || d.electronicResult === true);

/**
 * 3.3 Tỷ lệ hồ sơ nộp trực tuyến [S2c]: online dossiers received in the period / dossiers received in the
 * period × the sync rate (1.4, a fraction from 0 to 1). The sync rate needs DVCQG's own count of the
 * province's dossiers, which the sync record does not carry: 1 unless the caller knows it.
 */
export function onlineSubmissionRate(dossiers: readonly Dossier[], period: Period, syncRate = 1): Ratio {
  if (!(syncRate >= 0 && syncRate <= 1)) throw new RangeError(`syncRate must be from 0 to 1, got ${syncRate}`);
  const received = dossiers.filter((d) => inPeriod(d.receivedAt, period));
  return ratio(received.filter(countsAsOnline).length, received.length, syncRate);
}

/**
 * 3.6 Tỷ lệ hồ sơ thanh toán trực tuyến [S2c]: dossiers with DuocThanhToanTrucTuyen 1 or 2 / dossiers
 * of procedures with fees that are not all 0, both started (received) in the period. The numerator
 * is taken inside the denominator so the rate cannot pass 100%.
 */
export function onlinePaymentRate(dossiers: readonly Dossier[], period: Period): Ratio {
  const withFees = dossiers.filter((d) => d.hasFees === true && inPeriod(d.receivedAt, period));
  return ratio(withFees.filter((d) => d.paidOnline === 1 || d.paidOnline === 2).length, withFees.length);
}
