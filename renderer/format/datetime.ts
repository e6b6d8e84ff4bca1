import type { Lang } from '../route.js';

/** The IOC's own zone: every time on screen is local to the province, whatever the PC is set to. */
export const IOC_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const localeOf = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'vi-VN');

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), { timeZone, ...options })));
  return f;
}

/** "14:05" or "14:05:09", 24-hour. */
export function formatTime(ms: number, lang: Lang, opts: { seconds?: boolean; timeZone?: string } = {}): string {
  return dtf(lang, opts.timeZone ?? IOC_TIME_ZONE, {
    hour: '2-digit',
    minute: '2-digit',
    ...(opts.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(ms);
}

/** "Thứ Bảy, 22/11/2026". */
export function formatLongDate(ms: number, lang: Lang, timeZone = IOC_TIME_ZONE): string {
  const weekday = dtf(lang, timeZone, { weekday: 'long' }).format(ms);
  const date = dtf(lang, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(ms);
  return `${weekday}, ${date}`;
}

/** "22/11 14:05" for a time in a table: the date matters once it is not today. */
export function formatDateTime(ms: number, lang: Lang): string {
  // Built from parts: Vietnamese ICU writes a day and month alone as "22-11".
  const parts = dtf(lang, IOC_TIME_ZONE, { day: '2-digit', month: '2-digit' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')} ${formatTime(ms, lang)}`;
}

/** "01/11–22/11/2026", or "22/11/2026" for one day: the dates of a reporting period, both ends in it. */
export function formatDateRange(from: number, to: number, lang: Lang): string {
  const parts = (ms: number) => {
    const p = dtf(lang, IOC_TIME_ZONE, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(ms);
    const part = (type: string) => p.find((x) => x.type === type)?.value ?? '';
    return { day: part('day'), month: part('month'), year: part('year') };
  };
  const a = parts(from);
  const b = parts(to);
  const end = `${b.day}/${b.month}/${b.year}`;
  if (a.year !== b.year) return `${a.day}/${a.month}/${a.year}–${end}`;
  return a.day === b.day && a.month === b.month ? end : `${a.day}/${a.month}–${end}`;
}

const rtfCache = new Map<Lang, Intl.RelativeTimeFormat>();

/** "3 phút trước": whole seconds under a minute, minutes under an hour, hours under two days, then days. */
export function formatAgo(ageMs: number, lang: Lang): string {
  let rtf = rtfCache.get(lang);
  if (!rtf) rtfCache.set(lang, (rtf = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'always' })));
  const s = Math.max(0, Math.floor(ageMs / 1000));
  if (s < 60) return rtf.format(-s, 'second');
  if (s < 3600) return rtf.format(-Math.floor(s / 60), 'minute');
  if (s < 48 * 3600) return rtf.format(-Math.floor(s / 3600), 'hour');
  return rtf.format(-Math.floor(s / 86400), 'day');
}
