import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorLogger } from '../sdk/types.js';
import type { DocumentClient, DocumentQuery } from './client.js';
import { documentItemSchema, toDoc, type Doc } from './document.js';
import { eachPage } from './pages.js';

/** An item that did not validate. */
export interface RejectedItem {
  /** Its id when it still has a usable one: what asking for it again needs. */
  id: string | undefined;
  /** What is wrong, on one line. */
  reason: string;
  /** For health: its page, position, id and reason. */
  line: string;
}

export interface PagesRead {
  /** The latest `updatedAt` among the documents read. */
  latest: number | undefined;
  rejected: RejectedItem[];
}

const idOf = (raw: unknown): string | undefined => {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id.trim() : '';
  return id !== '' && id.length <= 200 ? id : undefined;
};

/** Reads every page of `documents` for `query`, handing each valid document to `keep` as it comes. */
export async function readDocumentPages(
  client: DocumentClient,
  query: DocumentQuery,
  departments: Readonly<Record<string, string>> | undefined,
  keep: (doc: Doc) => void,
  log: ConnectorLogger,
): Promise<PagesRead> {
  const out: PagesRead = { latest: undefined, rejected: [] };
  await eachPage('documents', (page) => client.documents(query, page), (answer, page) => {
    const items = validateRecords(answer.items, documentItemSchema, (index, reason) => {
      const id = idOf(answer.items[index]);
      const oneLine = reason.replaceAll('\n', '; ');
      out.rejected.push({ id, reason: oneLine, line: `page ${page} [${index}]${id === undefined ? '' : ` ${id}`}: ${oneLine}` });
      log.warn('rejected a malformed document', { page, index, ...(id === undefined ? {} : { id }), reason });
    });
    for (const item of items) {
      const doc = toDoc(item, departments);
      out.latest = Math.max(out.latest ?? doc.updatedAt, doc.updatedAt);
      keep(doc);
    }
  });
  return out;
}
