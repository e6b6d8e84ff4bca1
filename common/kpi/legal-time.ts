import type { LegalTime } from '../schemas/dossier.js';
import { DAY, HOUR } from '../time.js';
import { VN_OFFSET_MS } from '../vn-time.js';

const isWeekend = (t: number): boolean => {
  const weekday = new Date(t + VN_OFFSET_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * The end of a procedure's legal time counted from `start`. Working days skip Saturdays and Sundays in Vietnam
 * time; public holidays are not skipped, as the sync record does not carry the national holiday calendar.
 */
export function legalDeadline(start: number, time: LegalTime): number {
  if (time.unit === 'hour') return start + time.amount * HOUR;
  if (time.unit === 'day') return start + time.amount * DAY;
  const whole = Math.floor(time.amount);
  let t = start;
  for (let counted = 0; counted < whole; ) {
    t += DAY;
    if (!isWeekend(t)) counted += 1;
  }
  return t + (time.amount - whole) * DAY;
}
