import type { Dossier } from '../../schemas/dossier.js';
import type { Period } from '../period.js';
import { inPeriod } from '../period.js';
import type { Ratio } from '../ratio.js';
import { ratio } from '../ratio.js';

const receivedIn = (dossiers: readonly Dossier[], period: Period): Dossier[] =>
  dossiers.filter((d) => inPeriod(d.receivedAt, period));

/**
 * 4.2 Tỷ lệ hồ sơ thực hiện số hóa [S2c]: dossiers whose components have files and whose result has a
 * file / dossiers in the agency's remit, taken as those received in the period as in 4.3.
 */
export function digitisationRate(dossiers: readonly Dossier[], period: Period): Ratio {
  const received = receivedIn(dossiers, period);
  return ratio(received.filter((d) => d.componentsDigitised === true && d.resultDigitised === true).length, received.length);
}

/** 4.3 Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa [S2c]: dossiers reusing digitised data / received. */
export function reuseRate(dossiers: readonly Dossier[], period: Period): Ratio {
  const received = receivedIn(dossiers, period);
  return ratio(received.filter((d) => d.reusedData === true).length, received.length);
}
