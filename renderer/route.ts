import { parseDisplayId, TOKEN_PARAM } from '../common/index.js';

export type Lang = 'vi' | 'en';

export type Route =
  | { view: 'wall'; wallId: string; row: number; col: number; lang: Lang; token?: string }
  | { view: 'console'; lang: Lang; token?: string }
  /** A wall URL that names no wall or a malformed display: shown as a message, never as a login page. */
  | { view: 'bad-wall'; lang: Lang; token?: string; reason: string };

/** Reads the page URL: ?view=wall&wall=<id>&display=r0c1, ?view=console; lang=en; token=... */
export function parseRoute(search: string): Route {
  const q = new URLSearchParams(search);
  const lang: Lang = q.get('lang') === 'en' ? 'en' : 'vi';
  const token = q.get(TOKEN_PARAM) ?? undefined;
  const base = token === undefined ? { lang } : { lang, token };
  if (q.get('view') !== 'wall') return { view: 'console', ...base };
  const wallId = q.get('wall');
  const display = parseDisplayId(q.get('display') ?? 'r0c0');
  if (!wallId) return { view: 'bad-wall', ...base, reason: 'wall' };
  if (!display) return { view: 'bad-wall', ...base, reason: 'display' };
  return { view: 'wall', wallId, row: display.row, col: display.col, ...base };
}
