import type { SourceRecord } from '../../common/schemas/connector.js';
import { DAY } from '../../common/time.js';
import type { Failure } from '../sdk/http/describe-failure.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { DocumentClient } from './client.js';
import type { DocumentConfig } from './config.js';
import type { Department } from './department.js';
import { createDocumentBook, applyPacket } from './document-book.js';
import { documentStatusLabels, isOverdue, isClosed, type Doc } from './document.js';
import { createDocumentsFeed, DOCUMENTS_CURSOR } from './documents-feed.js';
import { parseStatusPackets } from './edxml-status.js';
import { nextCursor, OVERLAP_MS, readStart, savedTime } from './feed-cursor.js';
import { shortList, type FeedRead } from './feed-read.js';
import { describeFailure } from './health.js';
import { documentSamples, seriesSpecs } from './metrics.js';
import { alertedAt, overduePass } from './overdue-alerts.js';
import { readPackages } from './read-packages.js';
import { createScrubber } from './scrub.js';
import { statusCodes } from './status-codes.js';
import { isoVn, startOfLocalDay } from '../../common/vn-time.js';

/** Cursor keys: one per feed, since each moves on its own (the documents' is in documents-feed.ts). */
export const EDXML_CURSOR = 'edxml';
export const PACKAGES_CURSOR = 'edxml-packages';

export interface DocumentSync {
  /** One sync: never throws; the outcome goes to health, the log, records, samples and alerts. */
  poll(): Promise<void>;
}

type FeedName = 'documents' | 'packages' | 'packets';

const toRecord = (d: Doc): SourceRecord => ({ kind: 'document', id: d.id, updatedAt: d.updatedAt, data: { ...d, statusLabel: documentStatusLabels[d.status] } });

/**
 * Incremental sync of a QLVB&ĐH adapter, in three feeds: the REST list of documents, received edXML packages
 * (each a document) and the edXML status packets that move documents on. Each feed has its own cursor, the
 * latest source time it read, and each read starts a few minutes before it (feed-cursor.ts).
 *
 * The host gives no records back after a restart, so the first read of each feed in a run (its warm-up) reads
 * what every counter needs: every document still open whatever its last change, and the documents changed since
 * local midnight; packages and packets of the last `edxmlLookbackDays`. It starts earlier when the saved cursor
 * is older, so what changed while the app was stopped is stored too.
 *
 * Whatever a poll read is published, even when another feed failed after it; a cursor is saved only after the
 * records and samples it covers, and only for a feed read to the end (for the packets, only when the documents and
 * packages they name were read to the end too). Samples and alerts wait for the documents' warm-up: until then
 * the counts would be short.
 */
export function createDocumentSync(ctx: ConnectorContext<DocumentConfig>, client: DocumentClient): DocumentSync {
  const scrub = createScrubber(ctx.options.apiKey);
  const book = createDocumentBook();
  const documents = createDocumentsFeed(ctx, client);
  const departments = new Map<string, Department>();
  const warmed = new Set<FeedName>();
  /** Packages read in this run, by id, with their receivedAt: an overlap does not fetch them again. */
  const seenPackages = new Map<string, number>();
  /** The packets rejected in this run, by content: the overlap reads a packet again, and it is reported once. */
  const rejectedPackets = new Set<string>();
  /** Status codes of no confirmed meaning seen in this run: each is logged once. */
  const unconfirmedCodes = new Set<string>();
  let alerted = new Set<string>();
  /** The documents cursor as the run before this one left it, read at the documents' warm-up. */
  let previousRun: number | undefined;

  ctx.declareSeries(seriesSpecs(ctx.instanceId));

  function keeper(changed: Map<string, Doc>) {
    return (doc: Doc): void => {
      if (!book.put(doc)) return;
      changed.set(doc.id, doc);
      if (!departments.has(doc.department.slug)) {
        departments.set(doc.department.slug, doc.department);
        ctx.declareSeries(seriesSpecs(ctx.instanceId, doc.department));
      }
    };
  }

  const lookbackStart = (now: number): number => startOfLocalDay(now) - ctx.options.edxmlLookbackDays * DAY;

  /** Open documents whatever their age on warm-up, then those changed since the cursor (on warm-up, since midnight at the latest). */
  async function readDocuments(now: number, keep: (doc: Doc) => void): Promise<FeedRead> {
    const warmUp = !warmed.has('documents');
    const read = await documents.read(now, keep, warmUp);
    if (warmUp) previousRun = read.saved;
    return read;
  }

  async function readPackageFeed(now: number, keep: (doc: Doc) => void): Promise<FeedRead> {
    const saved = savedTime(ctx, PACKAGES_CURSOR);
    const from = readStart(!warmed.has('packages'), saved, lookbackStart(now));
    // A package is a document's arrival: it never overwrites what the REST list or a packet says of it since.
    const read = await readPackages(client, isoVn(from), seenPackages, ctx.options, (doc) => void (book.get(doc.id) ?? keep(doc)), ctx.log);
    for (const [id, receivedAt] of seenPackages) if (receivedAt < from - OVERLAP_MS) seenPackages.delete(id);
    // A malformed package stays malformed when read again, so it does not hold the cursor.
    return {
      cursor: nextCursor(now, from, saved, [read.latest]),
      ...(read.rejected.length > 0 ? { problem: `${read.rejected.length} edXML package(s) rejected: ${shortList(read.rejected)}` } : {}),
    };
  }

  /**
   * Applies the packets in time order; like a package, a malformed packet does not hold the cursor. A code of no
   * confirmed meaning (07 to 12, 14) changes nothing and is logged once per code in a run.
   */
  async function readPackets(now: number, keep: (doc: Doc) => void): Promise<FeedRead> {
    const saved = savedTime(ctx, EDXML_CURSOR);
    const from = readStart(!warmed.has('packets'), saved, lookbackStart(now));
    const since = isoVn(from);
    const parsed = parseStatusPackets(await client.statusXml(since), `GET ${ctx.options.statusPath}?since=${since}`);
    const packets = parsed.packets;
    const fresh = parsed.rejected.filter((r) => !rejectedPackets.has(r.key));
    for (const r of fresh) {
      rejectedPackets.add(r.key);
      ctx.log.warn('rejected a malformed edXML status packet', { reason: r.reason });
    }
    // Only a long run of distinct bad packets fills this; forgetting the oldest reports one again at worst.
    for (const key of [...rejectedPackets].slice(0, Math.max(0, rejectedPackets.size - 1000))) rejectedPackets.delete(key);
    const rejected = fresh.map((r) => `[${r.index}] ${r.reason}`);
    for (const packet of packets.sort((a, b) => a.at - b.at)) {
      if (!(packet.code in statusCodes) && !unconfirmedCodes.has(packet.code)) {
        unconfirmedCodes.add(packet.code);
        ctx.log.info('an edXML status code whose meaning is not confirmed; documents are left as they are', { code: packet.code, documentId: packet.documentId });
      }
      const doc = book.get(packet.documentId);
      const next = doc && applyPacket(doc, packet);
      if (!doc) ctx.log.debug('an edXML status packet names a document this run has not read; skipped', { documentId: packet.documentId, code: packet.code });
      if (next) keep(next);
    }
    return {
      cursor: nextCursor(now, from, saved, [packets.at(-1)?.at]),
      ...(rejected.length > 0 ? { problem: `${rejected.length} malformed edXML status packet(s) rejected: ${shortList(rejected)}` } : {}),
    };
  }

  const feeds: readonly [FeedName, string, typeof readDocuments][] = [
    ['documents', DOCUMENTS_CURSOR, readDocuments],
    ['packages', PACKAGES_CURSOR, readPackageFeed],
    ['packets', EDXML_CURSOR, readPackets],
  ];

  /** Records of what changed; samples and alerts once the documents are all in. Returns the summary, if counted. */
  function publish(now: number, changed: Map<string, Doc>): string | undefined {
    if (changed.size > 0) ctx.upsertRecords([...changed.values()].map(toRecord));
    if (!warmed.has('documents')) return undefined;
    const docs = book.all();
    const pass = overduePass(docs, alerted, now);
    alerted = pass.alerted;
    for (const alert of pass.alerts) ctx.raiseAlert(alert);
    ctx.emitSamples(documentSamples(ctx.instanceId, docs, departments.values(), now));
    const open = docs.filter((d) => !isClosed(d.status)).length;
    return `${changed.size} document(s) updated; ${open} in progress, ${docs.filter((d) => isOverdue(d, now)).length} overdue`;
  }

  return {
    async poll() {
      const now = ctx.now();
      const changed = new Map<string, Doc>();
      const keep = keeper(changed);
      const done: [FeedName, string, FeedRead][] = [];
      const failures: Failure[] = [];
      for (const [name, key, read] of feeds) {
        try {
          done.push([name, key, await read(now, keep)]);
        } catch (error) {
          // Stopping aborts requests in flight; the host reports the instance as stopped.
          if (ctx.signal.aborted) return;
          const failure = describeFailure(error);
          const message = scrub(failure.message);
          ctx.log[failure.state === 'down' ? 'error' : 'warn']('document sync failed', { feed: name, state: failure.state, error: message });
          failures.push({ state: failure.state, message });
        }
      }
      // The last poll of the run before alerted what was overdue then; what has closed since gets its closing update.
      if (!warmed.has('documents') && previousRun !== undefined && done.some(([name]) => name === 'documents')) alerted = alertedAt(book.all(), previousRun);
      for (const [name] of done) warmed.add(name);
      const summary = publish(now, changed);
      for (const [name, key, read] of done) {
        // A packet for a document a failed feed did not bring was skipped: read it again once that feed answers.
        if (read.cursor === undefined || (name === 'packets' && failures.length > 0)) continue;
        ctx.cursor.set(isoVn(read.cursor), key);
      }
      book.prune(now);

      const latency = client.latencyMs === undefined ? {} : { latencyMs: Math.round(client.latencyMs) };
      const problems = [...failures.map((f) => f.message), ...done.flatMap(([, , read]) => (read.problem ? [read.problem] : []))];
      const state = failures.some((f) => f.state === 'down') ? 'down' : problems.length > 0 ? 'degraded' : 'ok';
      ctx.reportHealth(state, scrub([...problems, ...(summary ? [summary] : [])].join('; ')), latency);
    },
  };
}
