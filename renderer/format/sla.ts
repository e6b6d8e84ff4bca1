import type { Lang } from '../route.js';

export interface SlaCountdown {
  overdue: boolean;
  amount: number;
  unit: 'minute' | 'hour' | 'day';
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Time left to a due time, or past it, in the coarsest unit that still reads right at a glance: minutes under
 * an hour, hours under two days, then days. Rounded down, so "còn 1 giờ" never hides 50 minutes.
 */
export function slaCountdown(dueAt: number, now: number): SlaCountdown {
  const overdue = now > dueAt;
  const ms = Math.abs(dueAt - now);
  if (ms < HOUR_MS) return { overdue, amount: Math.max(1, Math.floor(ms / MINUTE_MS)), unit: 'minute' };
  if (ms < 48 * HOUR_MS) return { overdue, amount: Math.floor(ms / HOUR_MS), unit: 'hour' };
  return { overdue, amount: Math.floor(ms / (24 * HOUR_MS)), unit: 'day' };
}

const viUnits = { minute: 'phút', hour: 'giờ', day: 'ngày' } as const;
const enUnits = { minute: 'min', hour: 'h', day: 'd' } as const;

/** "còn 2 giờ" / "quá hạn 3 giờ"; "2 h left" / "3 h overdue". */
export function formatSla(dueAt: number, now: number, lang: Lang): string {
  const { overdue, amount, unit } = slaCountdown(dueAt, now);
  if (lang === 'en') return `${amount} ${enUnits[unit]} ${overdue ? 'overdue' : 'left'}`;
  return `${overdue ? 'quá hạn' : 'còn'} ${amount} ${viUnits[unit]}`;
}
