import { DAY, SECOND } from '../../common/time.js';
import type { FieldReportsConfig } from './config.js';
import type { OpenList } from './open-list.js';
import type { RequestsQuery } from './open311-client.js';
import { HISTORY_MS } from './report-book.js';
import { planWindows } from './windows.js';

/** Where the first poll of a run starts: the cursor and the list of old open reports the run before saved. */
export interface WarmUpStart {
  cursor: number | undefined;
  stored: OpenList | undefined;
}

export interface WarmUpPlan {
  /** Read first: the open reports back to openLookbackDays, and, after a restart with `updated` windows, last week's closed ones. */
  queries: RequestsQuery[];
  /** Where the windows of every status start, which move the cursor. */
  from: number;
  /** After a restart, what was updated before this was stored by the run before: it is counted, not stored again. */
  storeSince: number | undefined;
}

type PlanOptions = Pick<FieldReportsConfig, 'dateFilter' | 'windowDays' | 'initialLookbackDays' | 'openLookbackDays' | 'overlapSeconds'>;

/**
 * The first poll, ever and after each restart, has to find every open report, since the host gives no records
 * back. Its windows of every status start initialLookbackDays ago on the first sync. After a restart they start
 * at the cursor's overlap with `updated` windows, which bring every change; with `requested` ones, at the
 * older of the overlap and the list's `before`, so that every report the host may store as open is read again,
 * in a window or, for the list's, by id. Before those windows, `status=open` ones reach back to openLookbackDays
 * (on `updated_datetime` with `updated` windows), each of at most windowDays.
 */
export function planWarmUp(now: number, start: WarmUpStart, options: PlanOptions): WarmUpPlan {
  const windowMs = options.windowDays * DAY;
  const lookbackFrom = now - options.initialLookbackDays * DAY;
  const storeSince = start.cursor === undefined ? undefined : start.cursor - options.overlapSeconds * SECOND;
  const from =
    storeSince === undefined ? lookbackFrom : options.dateFilter === 'updated' ? storeSince : Math.min(storeSince, start.stored?.before ?? lookbackFrom);
  const queries: RequestsQuery[] = planWindows(now - options.openLookbackDays * DAY, from, windowMs).map((w) => ({ ...w, status: 'open' }));
  if (storeSince !== undefined && options.dateFilter === 'updated') {
    queries.push(...planWindows(Math.max(lookbackFrom, now - HISTORY_MS), from, windowMs).map((w) => ({ ...w, status: 'closed' as const })));
  }
  return { queries, from, storeSince };
}
