import type { Lang } from '../route.js';
import { localeOf } from './datetime.js';

const cache = new Map<string, Intl.NumberFormat>();

/** "12.345,7" in Vietnamese, "12,345.7" in English. */
export function formatNumber(v: number, lang: Lang, decimals: number): string {
  const key = `${lang}|${decimals}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(v);
}
