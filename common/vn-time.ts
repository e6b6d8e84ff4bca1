import { DAY, HOUR } from './time.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year, with no daylight saving, so arithmetic is exact and cheaper than Intl. */
export const VN_OFFSET_MS = 7 * HOUR;

const local = (t: number): Date => new Date(t + VN_OFFSET_MS);
const two = (n: number): string => String(n).padStart(2, '0');

/** The last local midnight at or before `t`: "today" counters restart there. */
export function startOfLocalDay(t: number): number {
  return Math.floor((t + VN_OFFSET_MS) / DAY) * DAY - VN_OFFSET_MS;
}

/** "08:05 ngày 02/06/2025", the way an operator reads a time in an alert. */
export function formatLocal(t: number): string {
  const d = local(t);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ngày ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** An ISO time with the +07:00 offset, as Vietnamese systems write it. */
export function isoVn(t: number): string {
  return local(t).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** "2025-06-02", the local date: keys for once-a-day alerts. */
export function localDate(t: number): string {
  const d = local(t);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}
