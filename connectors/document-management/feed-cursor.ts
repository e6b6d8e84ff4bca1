import { HOUR, MINUTE } from '../../common/time.js';
import type { ConnectorContext } from '../sdk/types.js';

/**
 * How far before its cursor each incremental read starts again. A cursor is the latest source time read, so the
 * clocks of this machine and the source never meet; the overlap catches what the source committed late with an
 * earlier time. Reading twice changes nothing: the book keeps the later state of each document.
 */
export const OVERLAP_MS = 5 * MINUTE;

/** The time saved under `key`, or undefined before the first save or when it is not a time. */
export function savedTime(ctx: Pick<ConnectorContext<unknown>, 'cursor' | 'log'>, key: string): number | undefined {
  const saved = ctx.cursor.get(key);
  if (saved === undefined) return undefined;
  const t = Date.parse(saved);
  if (!Number.isNaN(t)) return t;
  ctx.log.warn('the saved cursor is not a time; reading as on a first sync', { key, cursor: saved });
  return undefined;
}

/**
 * Where a read starts: the cursor less the overlap, and on the first read of a run `warmStart` when that is
 * earlier. What changed between the cursor and `warmStart` while this app was stopped is read too: a document
 * closed then is stored closed, not left open in the host's store for good.
 */
export function readStart(warmUp: boolean, saved: number | undefined, warmStart: number): number {
  if (saved === undefined) return warmStart;
  return warmUp ? Math.min(saved - OVERLAP_MS, warmStart) : saved - OVERLAP_MS;
}

/**
 * With nothing read, how far below this machine's clock the cursor may still move, so that a quiet feed is not
 * read from its warm-up start at every poll. A source whose clock runs more than this behind ours could then
 * lose what it sends after a quiet spell; one that is merely slow or a little behind loses nothing.
 */
export const QUIET_MS = HOUR;

/** The cursor after a read from `from`: the latest source time read (`read`, undefined for none), never moving back. */
export function nextCursor(now: number, from: number, saved: number | undefined, read: readonly (number | undefined)[]): number {
  const times = read.filter((t): t is number => t !== undefined);
  return Math.max(from, saved ?? from, ...(times.length > 0 ? times : [now - QUIET_MS]));
}
