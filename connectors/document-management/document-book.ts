import { isClosed, type Doc } from './document.js';
import type { StatusPacket } from './edxml-status.js';
import { statusCodes } from './status-codes.js';
import { startOfLocalDay } from '../../common/vn-time.js';

/**
 * The document after an edXML status packet, or undefined when the packet changes nothing. A closed document
 * stays closed (a late "05 đang xử lý" must not reopen a finished one) except by a recall, which applies to any.
 */
export function applyPacket(doc: Doc, packet: StatusPacket): Doc | undefined {
  const status = statusCodes[packet.code]?.status;
  if (status === undefined || status === doc.status) return undefined;
  if (isClosed(doc.status) && status !== 'withdrawn') return undefined;
  return { ...doc, status, ...(status === 'done' ? { completedAt: packet.at } : {}), updatedAt: Math.max(doc.updatedAt, packet.at) };
}

/** The documents the metrics and alerts are computed from, by id. */
export interface DocumentBook {
  get(id: string): Doc | undefined;
  put(doc: Doc): void;
  all(): Doc[];
  /** Drops documents closed before today: no counter of today needs them any more. */
  prune(now: number): void;
}

export function createDocumentBook(): DocumentBook {
  const docs = new Map<string, Doc>();
  return {
    get: (id) => docs.get(id),
    put: (doc) => void docs.set(doc.id, doc),
    all: () => [...docs.values()],
    prune(now) {
      const today = startOfLocalDay(now);
      for (const [id, d] of docs) if (isClosed(d.status) && (d.completedAt ?? d.updatedAt) < today) docs.delete(id);
    },
  };
}
