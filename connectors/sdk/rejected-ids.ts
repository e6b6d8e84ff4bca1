import { z } from 'zod';
import { DAY } from '../../common/time.js';

/**
 * Items a source sent malformed and that are asked for again by id, since the cursor no longer waits for them:
 * a source that fixes a record may not move its dates. After RETRY_MS one is given up, with a logged reason, so
 * a record broken for good costs a request per sync for a day and nothing after. The list is kept as a cursor
 * value, so a restart goes on asking.
 */
export const RETRY_MS = DAY;
/** Kept in a cursor value (8192 characters at most): the oldest go first past this. */
export const MAX_KEPT = 40;
const MAX_REASON = 150;

export interface Rejected {
  /** When it was first seen malformed. */
  since: number;
  reason: string;
}

const storedSchema = z.array(z.object({ id: z.string().min(1).max(200), since: z.number().int().nonnegative(), reason: z.string() }));

export function parseRejected(value: string | undefined): Map<string, Rejected> | undefined {
  if (value === undefined) return new Map();
  try {
    const list = storedSchema.safeParse(JSON.parse(value));
    return list.success ? new Map(list.data.map(({ id, ...rest }) => [id, rest])) : undefined;
  } catch {
    return undefined;
  }
}

/** The newest MAX_KEPT entries as JSON, and the ids that did not fit. */
export function serialiseRejected(rejected: ReadonlyMap<string, Rejected>): { value: string; dropped: string[] } {
  const newest = [...rejected].sort(([, a], [, b]) => b.since - a.since);
  const kept = newest.slice(0, MAX_KEPT).map(([id, r]) => ({ id, since: r.since, reason: r.reason.slice(0, MAX_REASON) }));
  return { value: JSON.stringify(kept), dropped: newest.slice(MAX_KEPT).map(([id]) => id) };
}

/** Removes and returns the entries first seen malformed more than RETRY_MS before `now`. */
export function expireRejected(rejected: Map<string, Rejected>, now: number): [string, Rejected][] {
  const expired = [...rejected].filter(([, r]) => r.since < now - RETRY_MS);
  for (const [id] of expired) rejected.delete(id);
  return expired;
}
