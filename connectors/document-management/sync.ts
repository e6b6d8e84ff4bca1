import type { SourceRecord } from '../../common/schemas/connector.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { DocumentClient } from './client.js';
import type { DocumentConfig } from './config.js';
import type { Department } from './department.js';
import { createDocumentBook, applyPacket } from './document-book.js';
import { documentItemSchema, documentStatusLabels, toDoc, isOverdue, isClosed, type Doc } from './document.js';
import { parseStatusPackets } from './edxml-status.js';
import { describeFailure } from './health.js';
import { documentSamples, seriesSpecs } from './metrics.js';
import { overduePass } from './overdue-alerts.js';
import { createScrubber } from './scrub.js';
import { isoVn, startOfLocalDay } from '../../common/vn-time.js';

/** Cursor keys: one per feed, since each moves on its own. */
export const DOCUMENTS_CURSOR = 'default';
export const EDXML_CURSOR = 'edxml';

/** Guards against an adapter that ignores `page` and repeats the same page with a `nextPage` forever. */
const MAX_PAGES = 1000;

export interface DocumentSync {
  /** One sync: never throws; the outcome goes to health, the log, records, samples and alerts. */
  poll(): Promise<void>;
}

const toRecord = (d: Doc): SourceRecord => ({ kind: 'document', id: d.id, updatedAt: d.updatedAt, data: { ...d, statusLabel: documentStatusLabels[d.status] } });
const sameDoc = (a: Doc | undefined, b: Doc): boolean => a !== undefined && JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
const shortList = (items: string[]): string => items.slice(0, 3).join(' | ') + (items.length > 3 ? ' | …' : '');

/**
 * Incremental sync of a QLVB&ĐH adapter: documents changed since the `default` cursor, then the edXML status
 * packets since the `edxml` cursor, which move documents on between two changes of the REST list.
 *
 * The host gives no records back after a restart, and every "today" counter needs all of today's documents; so
 * the first poll of a run (and the very first sync) reads both feeds from local midnight, or from the cursor when
 * that is older. Documents untouched since midnight come back when they next change.
 */
export function createDocumentSync(ctx: ConnectorContext<DocumentConfig>, client: DocumentClient): DocumentSync {
  const scrub = createScrubber(ctx.options.apiKey);
  const book = createDocumentBook();
  const departments = new Map<string, Department>();
  let alerted = new Set<string>();
  let warm = false;

  ctx.declareSeries(seriesSpecs(ctx.instanceId));

  function since(key: string, now: number): string {
    const saved = ctx.cursor.get(key);
    const at = saved === undefined ? Number.NaN : Date.parse(saved);
    if (saved !== undefined && Number.isNaN(at)) ctx.log.warn('the saved cursor is not a date; reading from midnight', { key, cursor: saved });
    const today = startOfLocalDay(now);
    return isoVn(warm && !Number.isNaN(at) ? at : Math.min(Number.isNaN(at) ? today : at, today));
  }

  function keep(doc: Doc, changed: Map<string, Doc>): void {
    if (sameDoc(book.get(doc.id), doc)) return;
    book.put(doc);
    changed.set(doc.id, doc);
    if (!departments.has(doc.department.slug)) {
      departments.set(doc.department.slug, doc.department);
      ctx.declareSeries(seriesSpecs(ctx.instanceId, doc.department));
    }
  }

  /** Reads every page; returns the rejected items. The cursor stays put when any was rejected, so they are read again once fixed. */
  async function readDocuments(now: number, changed: Map<string, Doc>): Promise<string[]> {
    const from = since(DOCUMENTS_CURSOR, now);
    const rejected: string[] = [];
    for (let page = 1, pages = 0; pages < MAX_PAGES; pages++) {
      const answer = await client.documents(from, page);
      const items = validateRecords(answer.items, documentItemSchema, (index, reason) => {
        rejected.push(`page ${page} [${index}] ${reason.replaceAll('\n', '; ')}`);
        ctx.log.warn('rejected a malformed document', { page, index, reason });
      });
      for (const item of items) keep(toDoc(item, ctx.options.departments, now), changed);
      if (answer.nextPage === undefined || answer.nextPage <= page) break;
      page = answer.nextPage;
    }
    if (rejected.length === 0) ctx.cursor.set(isoVn(now), DOCUMENTS_CURSOR);
    return rejected;
  }

  /**
   * Applies the packets in time order and returns the rejected ones. A malformed packet is a message that will
   * not change when read again, so unlike a document it does not hold the cursor back.
   */
  async function readPackets(now: number, changed: Map<string, Doc>): Promise<string[]> {
    const from = since(EDXML_CURSOR, now);
    const { packets, rejected } = parseStatusPackets(await client.statusXml(from), `GET edxml/status?since=${from}`);
    for (const reason of rejected) ctx.log.warn('rejected a malformed edXML status packet', { reason });
    for (const packet of packets.sort((a, b) => a.at - b.at)) {
      const doc = book.get(packet.documentId);
      const next = doc && applyPacket(doc, packet);
      if (!doc) ctx.log.debug('an edXML status packet names a document not read today; skipped', { documentId: packet.documentId, code: packet.code });
      if (next) keep(next, changed);
    }
    ctx.cursor.set(isoVn(now), EDXML_CURSOR);
    return rejected;
  }

  function publish(now: number, changed: Map<string, Doc>): string {
    if (changed.size > 0) ctx.upsertRecords([...changed.values()].map(toRecord));
    const pass = overduePass(book.all(), alerted, now);
    alerted = pass.alerted;
    for (const alert of pass.alerts) ctx.raiseAlert(alert);
    const docs = book.all();
    ctx.emitSamples(documentSamples(ctx.instanceId, docs, departments.values(), now));
    const open = docs.filter((d) => !isClosed(d.status)).length;
    return `${changed.size} document(s) updated; ${open} in progress, ${docs.filter((d) => isOverdue(d, now)).length} overdue`;
  }

  return {
    async poll() {
      const now = ctx.now();
      try {
        const changed = new Map<string, Doc>();
        const badDocs = await readDocuments(now, changed);
        const badPackets = await readPackets(now, changed);
        warm = true;
        const summary = publish(now, changed);
        book.prune(now);
        const latency = client.latencyMs === undefined ? {} : { latencyMs: Math.round(client.latencyMs) };
        const problems = [
          ...(badDocs.length > 0 ? [`${badDocs.length} malformed document(s), read again next poll: ${shortList(badDocs)}`] : []),
          ...(badPackets.length > 0 ? [`${badPackets.length} malformed edXML status packet(s) rejected: ${shortList(badPackets)}`] : []),
        ];
        if (problems.length === 0) ctx.reportHealth('ok', summary, latency);
        else ctx.reportHealth('degraded', scrub(`${problems.join('; ')}; ${summary}`), latency);
      } catch (error) {
        // Stopping aborts requests in flight; the host reports the instance as stopped.
        if (ctx.signal.aborted) return;
        const failure = describeFailure(error);
        const message = scrub(failure.message);
        ctx.log[failure.state === 'down' ? 'error' : 'warn']('document sync failed', { state: failure.state, error: message });
        ctx.reportHealth(failure.state, message);
      }
    },
  };
}
