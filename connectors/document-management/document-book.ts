import { isClosed, type Doc } from './document.js';
import type { StatusPacket } from './edxml-status.js';
import { statusCodes } from './status-codes.js';
import { startOfLocalDay } from '../../common/vn-time.js';

/**
 * The document after an edXML status packet, or undefined when the packet changes nothing. A packet older than
 * the document's last change is history the document already shows (read again in an overlap, or a late one).
 * A closed document stays closed (a late "05 đang xử lý" must not reopen a finished one) except by a recall,
 * which applies to any.
 */
export function applyPacket(doc: Doc, packet: StatusPacket): Doc | undefined {
  const status = statusCodes[packet.code]?.status;
  if (status === undefined || status === doc.status || packet.at < doc.updatedAt) return undefined;
  if (isClosed(doc.status) && status !== 'withdrawn') return undefined;
  return { ...doc, status, ...(status === 'done' ? { completedAt: packet.at } : {}), updatedAt: packet.at };
}

/** The documents the metrics and alerts are computed from, by id. */
export interface DocumentBook {
  get(id: string): Doc | undefined;
  /**
   * Keeps `doc` unless the book holds the same document or a later state of it (by the source's times), and
   * says whether it did.
   */
  put(doc: Doc): boolean;
  all(): Doc[];
  /** Drops documents closed before today: no counter of today needs them any more. */
  prune(now: number): void;
}

const sameDoc = (a: Doc, b: Doc): boolean => JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });

export function createDocumentBook(): DocumentBook {
  const docs = new Map<string, Doc>();
  return {
    get: (id) => docs.get(id),
    put(doc) {
      const held = docs.get(doc.id);
      if (held !== undefined && (held.updatedAt > doc.updatedAt || sameDoc(held, doc))) return false;
      docs.set(doc.id, doc);
      return true;
    },
    all: () => [...docs.values()],
    prune(now) {
      const today = startOfLocalDay(now);
      for (const [id, d] of docs) if (isClosed(d.status) && (d.completedAt ?? d.updatedAt) < today) docs.delete(id);
    },
  };
}
