import type { SourceRecord } from '../../common/schemas/connector.js';
import { DAY, HOUR, SECOND } from '../../common/time.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import { RETRY_MS } from '../sdk/rejected-ids.js';
import { createRejectedList } from '../sdk/rejected-list.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { FieldReportsConfig } from './config.js';
import { toFieldReport, type FieldReport } from './field-report.js';
import { describeFailure } from './health.js';
import { isOpen } from './lifecycle.js';
import { fieldReportSamples, fixedSeries, wardSeries } from './metrics.js';
import type { Open311Client, RequestsQuery } from './open311-client.js';
import { openListOf, parseOpenList, serialiseOpenList, type OpenList } from './open-list.js';
import { overduePass } from './overdue-alerts.js';
import { idOf } from './rejected-requests.js';
import { createReportBook } from './report-book.js';
import { open311RequestSchema } from './request-schema.js';
import { createScrubber } from './scrub.js';
import { open311ServiceSchema, type Open311Service } from './service-schema.js';
import { fetchWindow, isoSeconds, planWindows, type TimeWindow } from './windows.js';
import type { Ward } from './ward.js';
import { planWarmUp, type WarmUpStart } from './warm-up-plan.js';

/** The service list changes rarely; GeoReport v2 clients are expected to cache it. */
const SERVICES_TTL_MS = HOUR;
/** Ids per `service_request_id` list: a URL of a few kilobytes, which every server takes. */
const IDS_PER_REQUEST = 100;
const OPEN_KEY = 'open';

export interface FieldReportsSync {
  /** One sync: never throws; the outcome goes to health, the log, records, samples and alerts. */
  poll(): Promise<void>;
}

interface Outcome {
  changed: number;
  /** This sync's malformed requests by id (or by index when they have none), as health shows them. */
  rejected: Map<string, string>;
}

const toRecord = (r: FieldReport): SourceRecord => ({ kind: 'field-report', id: r.id, updatedAt: r.updatedAt, data: { ...r } });
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Incremental sync of an Open311 GeoReport v2 gateway. The cursor (key `default`) is the end of the last window
 * read; each poll reads again from `overlapSeconds` before it to now, in windows of at most `windowDays`, so a
 * report committed late or stamped by a clock behind ours is still read, and the upserts make the overlap
 * harmless. The windows are on `requested_datetime` (GeoReport v2) unless the gateway documents filtering on
 * `updated_datetime` (`dateFilter: "updated"`); with `requested`, every open report read before is asked for
 * again by id at each poll, so a report received a month ago and closed today is stored closed.
 *
 * A malformed request never holds the cursor: it is logged, the rest of its answer is stored, and it is asked for
 * again by id for a day (sdk/rejected-ids.ts).
 *
 * Metrics and overdue alerts need every open report, whatever its age, and the host does not give records back;
 * so the first poll, ever and after each restart, is a warm-up (see warmUp).
 */
export function createFieldReportsSync(ctx: ConnectorContext<FieldReportsConfig>, client: Open311Client): FieldReportsSync {
  const options = ctx.options;
  const scrub = createScrubber(options.apiKey);
  const windowMs = options.windowDays * DAY;
  const lookbackMs = options.initialLookbackDays * DAY;
  const openLookbackMs = options.openLookbackDays * DAY;
  const overlapMs = options.overlapSeconds * SECOND;
  const book = createReportBook();
  const wards = new Map<string, Ward>();
  /** Open reports that an id query no longer answers: said once, then kept as last read. */
  const unanswered = new Set<string>();
  const followed = createRejectedList(ctx, { singular: 'service request', plural: 'service requests', time: isoSeconds });
  let alerted = new Set<string>();
  let services: { byCode: Map<string, Open311Service>; at: number } | undefined;
  let warm = false;
  /** What the warm-up starts from, read once: a warm-up that failed is done again from the same point. */
  let start: WarmUpStart | undefined;

  ctx.declareSeries(fixedSeries(ctx.instanceId));

  async function refreshServices(now: number): Promise<Map<string, Open311Service>> {
    if (services && now - services.at < SERVICES_TTL_MS) return services.byCode;
    try {
      const list = validateRecords(await client.services(), open311ServiceSchema, (index, reason) =>
        ctx.log.warn('skipped a malformed service', { index, reason }),
      );
      services = { byCode: new Map(list.map((s) => [s.code, s])), at: now };
    } catch (error) {
      // Names in the last list are still right; a report without one falls back to its own service_name.
      if (!services || ctx.signal.aborted) throw error;
      ctx.log.warn('refreshing the service list failed; keeping the last one', { error: scrub(errorText(error)) });
    }
    return services.byCode;
  }

  const windowFields = (w: TimeWindow) => ({ from: isoSeconds(w.from), to: isoSeconds(w.to) });

  const read = (query: RequestsQuery): Promise<unknown[]> =>
    fetchWindow(
      (w) => client.requests({ ...query, ...w }),
      query,
      (w, count) => ctx.log.warn('a window of one second filled the answer; some requests may be missing', { from: isoSeconds(w.from), count }),
    );

  /** Checks each item on its own: the good ones become reports, the bad ones are logged and followed by id. */
  function parse(items: unknown[], catalogue: Map<string, Open311Service>, now: number, outcome: Outcome, where: Record<string, string>): FieldReport[] {
    const requests = validateRecords(items, open311RequestSchema, (index, reason) => {
      const id = idOf(items[index]);
      const oneLine = reason.replaceAll('\n', '; ');
      // Read in a window and again in the overlap or by id, a request is one rejection, not two.
      outcome.rejected.set(id ?? `#${outcome.rejected.size}`, `[${index}]${id === undefined ? ' (no id)' : ` ${id}`}: ${oneLine}`);
      ctx.log.warn('rejected a malformed service request', { index, ...(id === undefined ? {} : { id }), reason, ...where });
      followed.note({ id, reason: oneLine }, now);
    });
    const reports = requests.map((r) => toFieldReport(r, catalogue, options, now));
    for (const r of reports) followed.fixed(r.id);
    return reports;
  }

  /** Adds reports to the book; returns those that changed it, one per id. */
  function remember(reports: FieldReport[]): FieldReport[] {
    const kept = new Map<string, FieldReport>();
    for (const report of reports) {
      const before = book.get(report.id);
      const merged = book.apply(report);
      // Read again in an overlap, an unchanged report is not stored again.
      if (!merged || (before && JSON.stringify(before) === JSON.stringify(merged))) continue;
      kept.set(merged.id, merged);
      if (merged.ward && !wards.has(merged.ward.key)) {
        wards.set(merged.ward.key, merged.ward);
        ctx.declareSeries([wardSeries(ctx.instanceId, merged.ward)]);
      }
    }
    return [...kept.values()];
  }

  /** Stores what changed the book; one last updated before `since` was stored by the run before a restart. */
  function store(reports: FieldReport[], outcome: Outcome, since = -Infinity): void {
    const changed = remember(reports).filter((r) => r.updatedAt >= since);
    if (changed.length > 0) ctx.upsertRecords(changed.map(toRecord));
    outcome.changed += changed.length;
  }

  function loadOpenList(): OpenList | undefined {
    const saved = options.dateFilter === 'requested' ? ctx.cursor.get(OPEN_KEY) : undefined;
    const list = saved === undefined ? undefined : parseOpenList(saved);
    if (saved !== undefined && !list) {
      ctx.log.warn('the saved list of old open reports does not parse; those closed while the connector was stopped stay open', { cursor: saved.slice(0, 200) });
    }
    return list;
  }

  /** Only with `requested` windows: with `updated` ones, a report closed while stopped is in the next window. */
  function saveOpenList(): void {
    const cursorAt = Date.parse(ctx.cursor.get() ?? '');
    if (options.dateFilter !== 'requested' || Number.isNaN(cursorAt)) return;
    const value = serialiseOpenList(openListOf(book.all(), cursorAt, lookbackMs));
    if (value !== ctx.cursor.get(OPEN_KEY)) ctx.cursor.set(value, OPEN_KEY);
  }

  function cursorTime(): number | undefined {
    const saved = ctx.cursor.get();
    const at = saved === undefined ? Number.NaN : Date.parse(saved);
    if (saved !== undefined && Number.isNaN(at)) ctx.log.warn('the saved cursor is not a date; starting from the lookback', { cursor: saved });
    return Number.isNaN(at) ? undefined : at;
  }

  /** Reads the windows from `from` to now and moves the cursor after each, once its records were emitted. */
  async function walk(from: number, catalogue: Map<string, Open311Service>, now: number, outcome: Outcome, storeSince?: number): Promise<void> {
    for (const window of planWindows(from, Math.floor(now / 1000) * 1000, windowMs)) {
      store(parse(await read(window), catalogue, now, outcome, windowFields(window)), outcome, storeSince);
      ctx.cursor.set(isoSeconds(window.to));
    }
  }

  /**
   * Asks by id for the open reports received before `before` (with `requested` windows), the malformed ones,
   * and those of `stored` that the warm-up's windows did not bring.
   */
  async function follow(before: number, catalogue: Map<string, Open311Service>, now: number, outcome: Outcome, stored: readonly string[] = []): Promise<void> {
    followed.expire(now);
    const stillOpen = (r: FieldReport) => isOpen(r.status) && r.requestedAt < before && !followed.givenUp(r.id);
    const open = options.dateFilter === 'requested' ? book.all().filter(stillOpen).map((r) => r.id) : [];
    // One read per sync is enough: those rejected in this sync's windows wait for the next.
    const retried = followed.ids().filter((id) => !outcome.rejected.has(id));
    const missed = stored.filter((id) => !book.get(id) && !outcome.rejected.has(id));
    const ids = [...new Set([...open, ...retried, ...missed])];
    const answered = new Set<string>();
    for (const batch of chunks(ids, IDS_PER_REQUEST)) {
      const items = await client.requestsById(batch);
      for (const item of items) {
        const id = idOf(item);
        if (id !== undefined) answered.add(id);
      }
      store(parse(items, catalogue, now, outcome, { ids: `${batch.length} id(s)` }), outcome);
    }
    for (const id of retried.filter((i) => !answered.has(i))) followed.drop(id, 'a malformed service request is no longer served; no longer asking for it');
    for (const id of open.filter((i) => !answered.has(i) && !unanswered.has(i))) {
      unanswered.add(id);
      ctx.log.warn('an open report is no longer answered by id; keeping it as last read', { id });
    }
    for (const id of missed.filter((i) => !answered.has(i))) {
      ctx.log.warn('an open report stored before the restart is no longer answered by id; its record stays as last stored', { id });
    }
  }

  /** The first poll of a run: every open report, whatever its age, then on as any poll (warm-up-plan.ts). */
  async function warmUp(catalogue: Map<string, Open311Service>, now: number, outcome: Outcome): Promise<void> {
    start ??= { cursor: cursorTime(), stored: loadOpenList() };
    const saved = start.cursor;
    const plan = planWarmUp(now, start, options);
    for (const query of plan.queries) store(parse(await read(query), catalogue, now, outcome, windowFields(query)), outcome, plan.storeSince);
    await walk(plan.from, catalogue, now, outcome, plan.storeSince);
    await follow(Math.min(now - openLookbackMs, plan.from), catalogue, now, outcome, start.stored?.ids);
    // The last poll before the restart ran at the cursor and alerted every report then open and past due,
    // closed since or not: the closed ones get the closing update of their alert.
    if (saved !== undefined) alerted = new Set(book.all().filter((r) => r.dueAt < saved && (isOpen(r.status) || (r.resolvedAt ?? r.updatedAt) > saved)).map((r) => r.id));
  }

  function publish(now: number): { open: number; overdue: number } {
    const pass = overduePass(book.all(), alerted, now);
    alerted = pass.alerted;
    for (const report of pass.newlyOverdue) book.put(report);
    if (pass.newlyOverdue.length > 0) ctx.upsertRecords(pass.newlyOverdue.map(toRecord));
    for (const alert of pass.alerts) ctx.raiseAlert(alert);
    const reports = book.all();
    ctx.emitSamples(fieldReportSamples(ctx.instanceId, reports, wards.values(), now));
    const open = reports.filter((r) => isOpen(r.status));
    return { open: open.length, overdue: open.filter((r) => now > r.dueAt).length };
  }

  function reportOutcome(outcome: Outcome, counts: { open: number; overdue: number }, now: number): void {
    const latency = client.latencyMs === undefined ? {} : { latencyMs: Math.round(client.latencyMs) };
    const summary = `${outcome.changed} report(s) updated; ${counts.open} open, ${counts.overdue} overdue`;
    const rejected = [...outcome.rejected.values()];
    if (rejected.length === 0) return ctx.reportHealth('ok', summary, latency);
    const shown = rejected.slice(0, 3).join(' | ') + (rejected.length > 3 ? ' | …' : '');
    const message =
      `${client.describe('requests')} sent ${rejected.length} malformed service request(s), not stored: ${shown}. ` +
      `Each with an id is asked for again at every sync until it is fixed, for a day at most (until ${isoSeconds(now + RETRY_MS)}); ${summary}`;
    ctx.reportHealth('degraded', scrub(message), latency);
  }

  return {
    async poll() {
      const now = ctx.now();
      const outcome: Outcome = { changed: 0, rejected: new Map() };
      try {
        const catalogue = await refreshServices(now);
        if (warm) {
          const saved = cursorTime();
          const from = saved === undefined ? now - lookbackMs : saved - overlapMs;
          await walk(from, catalogue, now, outcome);
          await follow(from, catalogue, now, outcome);
        } else {
          await warmUp(catalogue, now, outcome);
          warm = true;
        }
        followed.save();
        saveOpenList();
        book.prune(now);
        reportOutcome(outcome, publish(now), now);
      } catch (error) {
        // Stopping aborts requests in flight; the host reports the instance as stopped.
        if (ctx.signal.aborted) return;
        const failure = describeFailure(error);
        const message = scrub(failure.message);
        ctx.log[failure.state === 'down' ? 'error' : 'warn']('field-report sync failed', { state: failure.state, error: message });
        ctx.reportHealth(failure.state, message);
      }
    },
  };
}
