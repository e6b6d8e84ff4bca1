import { expireRejected, parseRejected, serialiseRejected, type Rejected } from '../sdk/rejected-ids.js';
import type { ConnectorContext } from '../sdk/types.js';
import { isoVn } from '../../common/vn-time.js';
import type { RejectedItem } from './read-documents.js';

/** The cursor key of the malformed documents asked for again by id. */
export const REJECTED_CURSOR = 'rejected';

/** The malformed documents followed by id (sdk/rejected-ids.ts), kept under the cursor key `rejected`. */
export interface RejectedDocuments {
  /** Gives up, with an error log, those followed for more than a day. */
  expire(now: number): void;
  /** Follows a rejected item that has an id, unless this run gave up on it. */
  note(item: RejectedItem, now: number): void;
  /** A document read valid: fixed, or never malformed. */
  fixed(id: string): void;
  /** No longer asked for, with a warning saying why. */
  drop(id: string, why: string, fields?: Record<string, string>): void;
  ids(): string[];
  /** Saves the list when it changed; the oldest past what a cursor value holds are given up. */
  save(): void;
}

export function createRejectedDocuments(ctx: Pick<ConnectorContext<unknown>, 'cursor' | 'log'>): RejectedDocuments {
  let list: Map<string, Rejected> | undefined;
  /** Malformed for a day: not followed again in this run, though the source may still send it. */
  const givenUp = new Set<string>();

  function load(): Map<string, Rejected> {
    if (list) return list;
    const saved = ctx.cursor.get(REJECTED_CURSOR);
    list = parseRejected(saved);
    if (!list) ctx.log.warn('the saved list of malformed documents does not parse; starting afresh', { cursor: saved });
    return (list ??= new Map());
  }

  return {
    expire(now) {
      for (const [id, r] of expireRejected(load(), now)) {
        givenUp.add(id);
        ctx.log.error('gave up on a malformed document after a day of asking again', { id, reason: r.reason, since: isoVn(r.since) });
      }
    },
    note(item, now) {
      if (item.id === undefined || givenUp.has(item.id)) return;
      const followed = load();
      followed.set(item.id, { since: followed.get(item.id)?.since ?? now, reason: item.reason });
    },
    fixed(id) {
      load().delete(id);
      givenUp.delete(id);
    },
    drop(id, why, fields = {}) {
      load().delete(id);
      ctx.log.warn(why, { id, ...fields });
    },
    ids: () => [...load().keys()],
    save() {
      const followed = load();
      const { value, dropped } = serialiseRejected(followed);
      for (const id of dropped) {
        followed.delete(id);
        ctx.log.error('too many malformed documents to follow; no longer asking for this one', { id });
      }
      if (value !== (ctx.cursor.get(REJECTED_CURSOR) ?? '[]')) ctx.cursor.set(value, REJECTED_CURSOR);
    },
  };
}
