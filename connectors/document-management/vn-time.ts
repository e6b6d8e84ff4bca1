import { DAY, HOUR } from '../../common/time.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year, with no daylight saving, so arithmetic is exact and cheaper than Intl. */
const OFFSET_MS = 7 * HOUR;

/** The last local midnight at or before `t`: "today" counters restart there. */
export function startOfLocalDay(t: number): number {
  return Math.floor((t + OFFSET_MS) / DAY) * DAY - OFFSET_MS;
}

/** "08:05 ngày 02/06/2025", the way an operator reads a time in an alert. */
export function formatLocal(t: number): string {
  const d = new Date(t + OFFSET_MS);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ngày ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** An ISO time with the +07:00 offset, as Vietnamese systems write it. */
export function isoVn(t: number): string {
  return new Date(t + OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}
