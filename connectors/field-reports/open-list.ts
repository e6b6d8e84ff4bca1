import { z } from 'zod';
import { DAY } from '../../common/time.js';
import type { FieldReport } from './field-report.js';
import { isOpen } from './lifecycle.js';
import { isoSeconds } from './windows.js';

/**
 * The open reports received before `before`, kept under a cursor key so that a restart can ask for each by id.
 * A plain GeoReport v2 gateway lists reports by `requested_datetime`: one received long ago and closed while
 * the connector was stopped is in no `status=open` window and in no recent one, and one older than
 * openLookbackDays in none at all. The restart reads every status from `before` on, so the list needs only the
 * older ones.
 */
export interface OpenList {
  before: number;
  ids: string[];
}

/** The host refuses a longer cursor value. */
export const MAX_CHARS = 8192;

const storedSchema = z.strictObject({ before: z.iso.datetime(), ids: z.array(z.string().min(1).max(200)) });

export function serialiseOpenList(list: OpenList): string {
  return JSON.stringify({ before: isoSeconds(list.before), ids: list.ids });
}

/** Undefined when the value is not a list this module wrote. */
export function parseOpenList(value: string): OpenList | undefined {
  try {
    const list = storedSchema.safeParse(JSON.parse(value));
    return list.success ? { before: Date.parse(list.data.before), ids: list.data.ids } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The list to keep after a sync that left the cursor at `cursorAt`: the open reports received before the UTC
 * day that starts `lookbackMs` earlier, oldest first. A day, so that the value changes only when such a report
 * opens or closes and once a day. Those that do not fit in a cursor value move `before` back to the first of
 * them: the restart then reads them among every status instead of by id.
 */
export function openListOf(reports: readonly FieldReport[], cursorAt: number, lookbackMs: number): OpenList {
  const dayBefore = Math.floor((cursorAt - lookbackMs) / DAY) * DAY;
  const old = reports
    .filter((r) => isOpen(r.status) && r.requestedAt < dayBefore)
    .sort((a, b) => a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids: string[] = [];
  let chars = serialiseOpenList({ before: dayBefore, ids }).length;
  for (const report of old) {
    chars += JSON.stringify(report.id).length + (ids.length > 0 ? 1 : 0);
    // A window starts on a whole second, so the first left out is still read.
    if (chars > MAX_CHARS) return { before: Math.floor(report.requestedAt / 1000) * 1000, ids };
    ids.push(report.id);
  }
  return { before: dayBefore, ids };
}
