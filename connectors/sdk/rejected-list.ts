import { expireRejected, parseRejected, serialiseRejected, type Rejected } from './rejected-ids.js';
import type { ConnectorContext } from './types.js';

/** The cursor key of the malformed items asked for again by id. */
export const REJECTED_CURSOR = 'rejected';

/** The malformed items a connector follows by id (rejected-ids.ts), kept under the cursor key `rejected`. */
export interface RejectedList {
  /** Gives up, with an error log, those followed for more than a day. */
  expire(now: number): void;
  /** Follows a rejected item that has an id, unless this run gave up on it. */
  note(item: { id: string | undefined; reason: string }, now: number): void;
  /** An item read valid: fixed, or never malformed. */
  fixed(id: string): void;
  /** Given up in this run: no longer asked for, though the source may still send it. */
  givenUp(id: string): boolean;
  /** No longer asked for, with a warning saying why. */
  drop(id: string, why: string, fields?: Record<string, string>): void;
  ids(): string[];
  /** Saves the list when it changed; the oldest past what a cursor value holds are given up. */
  save(): void;
}

export interface RejectedListNames {
  /** What an item is, in log messages: "document", "service request". */
  singular: string;
  plural: string;
  /** How a time is written in log fields, as the connector writes times elsewhere. */
  time: (t: number) => string;
}

export function createRejectedList(ctx: Pick<ConnectorContext<unknown>, 'cursor' | 'log'>, names: RejectedListNames): RejectedList {
  let list: Map<string, Rejected> | undefined;
  const givenUp = new Set<string>();

  function load(): Map<string, Rejected> {
    if (list) return list;
    const saved = ctx.cursor.get(REJECTED_CURSOR);
    list = parseRejected(saved);
    if (!list) ctx.log.warn(`the saved list of malformed ${names.plural} does not parse; starting afresh`, { cursor: saved });
    return (list ??= new Map());
  }

  return {
    expire(now) {
      for (const [id, r] of expireRejected(load(), now)) {
        givenUp.add(id);
        ctx.log.error(`gave up on a malformed ${names.singular} after a day of asking again`, { id, reason: r.reason, since: names.time(r.since) });
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
    givenUp: (id) => givenUp.has(id),
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
        ctx.log.error(`too many malformed ${names.plural} to follow; no longer asking for this one`, { id });
      }
      if (value !== (ctx.cursor.get(REJECTED_CURSOR) ?? '[]')) ctx.cursor.set(value, REJECTED_CURSOR);
    },
  };
}
