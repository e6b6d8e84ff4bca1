import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorLogger } from '../sdk/types.js';
import type { DocumentClient, DocumentQuery } from './client.js';
import { documentItemSchema, toDoc, type Doc } from './document.js';
import { eachPage } from './pages.js';

export interface PagesRead {
  /** The latest `updatedAt` among the documents read. */
  latest: number | undefined;
  /** One reason per item that did not validate, naming its page, position and id when it has one. */
  rejected: string[];
}

const idOf = (raw: unknown): string => (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? ` ${raw.id}` : '');

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
      out.rejected.push(`page ${page} [${index}]${id}: ${reason.replaceAll('\n', '; ')}`);
      log.warn('rejected a malformed document', { page, index, ...(id ? { id: id.trim() } : {}), reason });
    });
    for (const item of items) {
      const doc = toDoc(item, departments);
      out.latest = Math.max(out.latest ?? doc.updatedAt, doc.updatedAt);
      keep(doc);
    }
  });
  return out;
}
