import { HttpError } from '../sdk/http/http-error.js';
import type { ConnectorContext } from '../sdk/types.js';
import { isoVn, startOfLocalDay } from '../../common/vn-time.js';
import type { DocumentClient, DocumentQuery } from './client.js';
import type { DocumentConfig } from './config.js';
import type { Doc } from './document.js';
import { nextCursor, readStart, savedTime } from './feed-cursor.js';
import { shortList, type FeedRead } from './feed-read.js';
import { readDocumentPages } from './read-documents.js';
import { createRejectedList } from '../sdk/rejected-list.js';

export const DOCUMENTS_CURSOR = 'default';
/** Ids per `documents?id=…` request: an id runs to 200 characters, and a URL of a few kilobytes passes every server. */
const IDS_PER_REQUEST = 20;

export interface DocumentsRead extends FeedRead {
  /** The cursor as it was saved before this read. */
  saved: number | undefined;
}

/** The REST list of documents, read from its cursor; `warmUp` adds every open document. */
export interface DocumentsFeed {
  read(now: number, keep: (doc: Doc) => void, warmUp: boolean): Promise<DocumentsRead>;
}

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The adapter answered a request by id with a refusal that asking again will not change (not a credential one). */
const refusesIds = (error: unknown): error is HttpError =>
  error instanceof HttpError && error.kind === 'status' && !error.transient && error.status !== 401 && error.status !== 403;

/**
 * A malformed document does not hold the cursor, since it would be read again at every poll from an ever earlier
 * time. It is logged, and asked for again by id (`documents?id=…`) at every poll until it comes valid, when it is
 * stored; after a day it is given up with an error log (sdk/rejected-list.ts).
 */
export function createDocumentsFeed(ctx: ConnectorContext<DocumentConfig>, client: DocumentClient): DocumentsFeed {
  const followed = createRejectedList(ctx, { singular: 'document', plural: 'documents', time: isoVn });

  return {
    async read(now, keep, warmUp) {
      const saved = savedTime(ctx, DOCUMENTS_CURSOR);
      const from = readStart(warmUp, saved, startOfLocalDay(now));
      followed.expire(now);
      /** This poll's malformed documents, by id (by position for one without), as health shows them. */
      const rejected = new Map<string, string>();
      const valid = (doc: Doc) => {
        followed.fixed(doc.id);
        keep(doc);
      };
      const read = async (query: DocumentQuery, use: (doc: Doc) => void = valid) => {
        const pages = await readDocumentPages(client, query, ctx.options.departments, use, ctx.log);
        for (const item of pages.rejected) {
          rejected.set(item.id ?? `#${rejected.size}`, item.line);
          followed.note(item, now);
        }
        return pages;
      };

      const open = warmUp ? await read({ open: true }) : undefined;
      const changed = await read({ updatedSince: isoVn(from) });
      // Those rejected in the reads above are asked for at the next poll.
      const retried = followed.ids().filter((id) => !rejected.has(id));
      for (const batch of chunks(retried, IDS_PER_REQUEST)) {
        const asked = new Set(batch);
        const answered = new Set<string>();
        try {
          // An adapter that ignores `id` answers with other documents: only those asked for are taken.
          const take = (doc: Doc) => {
            if (!asked.has(doc.id)) return;
            answered.add(doc.id);
            valid(doc);
          };
          const pages = await read({ ids: batch }, take);
          for (const item of pages.rejected) if (item.id !== undefined) answered.add(item.id);
        } catch (error) {
          if (!refusesIds(error)) throw error;
          for (const id of batch) followed.drop(id, 'the adapter refused to send a malformed document by id; no longer asking for it', { error: error.message });
          continue;
        }
        for (const id of batch) if (!answered.has(id)) followed.drop(id, 'a malformed document is no longer served by id; no longer asking for it');
      }
      followed.save();

      const cursor = nextCursor(now, from, saved, [open?.latest, changed.latest]);
      if (rejected.size === 0) return { cursor, saved };
      const pending = followed.ids().length;
      return {
        cursor,
        saved,
        problem: `${rejected.size} malformed document(s) not stored: ${shortList([...rejected.values()])}; ${pending} asked for again by id at every poll until fixed, for a day at most`,
      };
    },
  };
}
