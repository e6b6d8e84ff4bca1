import { DAY, HOUR, MINUTE } from '../../common/time.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year, with no daylight saving, so arithmetic is exact and cheaper than Intl. */
const OFFSET_MS = 7 * HOUR;

export interface LocalTime {
  /** Days since 1970-01-01 in local time: changes at local midnight, which resets the "today" counters. */
  day: number;
  /** Hour of the local day with its fraction, in [0, 24). */
  hour: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function localTime(t: number): LocalTime {
  const local = t + OFFSET_MS;
  const day = Math.floor(local / DAY);
  return { day, hour: (local - day * DAY) / HOUR, weekday: (((day + 4) % 7) + 7) % 7 };
}

export function isWeekend(local: LocalTime): boolean {
  return local.weekday === 0 || local.weekday === 6;
}

/** "08:05 ngày 02/06", the way an operator reads a time in an alert. */
export function formatLocal(t: number): string {
  const date = new Date(t + OFFSET_MS);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())} ngày ${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}`;
}

export function minutesBetween(from: number, to: number): number {
  return Math.max(0, Math.round((to - from) / MINUTE));
}
