import type { SourceRecord } from '../../common/schemas/connector.js';
import { DAY, HOUR } from '../../common/time.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { FieldReportsConfig } from './config.js';
import { toFieldReport, type FieldReport } from './field-report.js';
import { describeFailure } from './health.js';
import { isOpen } from './lifecycle.js';
import { fieldReportSamples, fixedSeries, wardSeries } from './metrics.js';
import type { Open311Client, RequestsQuery } from './open311-client.js';
import { overduePass } from './overdue-alerts.js';
import { createReportBook, HISTORY_MS } from './report-book.js';
import { open311RequestSchema } from './request-schema.js';
import { createScrubber } from './scrub.js';
import { open311ServiceSchema, type Open311Service } from './service-schema.js';
import { fetchWindow, isoSeconds, planWindows, type TimeWindow } from './windows.js';
import type { Ward } from './ward.js';

/** The service list changes rarely; GeoReport v2 clients are expected to cache it. */
const SERVICES_TTL_MS = HOUR;

export interface FieldReportsSync {
  /** One sync: never throws; the outcome goes to health, the log, records, samples and alerts. */
  poll(): Promise<void>;
}

interface WalkResult {
  changed: number;
  rejected: string[];
  /** Where the cursor stopped because a window held a record that could not be stored. */
  heldAt?: number;
}

const toRecord = (r: FieldReport): SourceRecord => ({ kind: 'field-report', id: r.id, updatedAt: r.updatedAt, data: { ...r } });
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Incremental sync of an Open311 GeoReport v2 gateway. The cursor is the `updated_datetime` up to which every
 * request was stored; each poll walks from it to now in windows of at most `windowDays` and moves it after
 * each window whose records were all stored. A window with a malformed record is still stored, record by
 * record, but the cursor stays at its start so the record is read again once the source is fixed.
 *
 * Metrics and overdue alerts need every open report, which the host does not give back after a restart; so
 * the first poll after a restart re-reads the open reports (and the last week's closed ones) up to the cursor,
 * without storing them again, and then resumes from the cursor.
 */
export function createFieldReportsSync(ctx: ConnectorContext<FieldReportsConfig>, client: Open311Client): FieldReportsSync {
  const options = ctx.options;
  const scrub = createScrubber(options.apiKey);
  const windowMs = options.windowDays * DAY;
  const lookbackMs = options.initialLookbackDays * DAY;
  const book = createReportBook();
  const wards = new Map<string, Ward>();
  let alerted = new Set<string>();
  let services: { byCode: Map<string, Open311Service>; at: number } | undefined;
  let warm = false;

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

  const read = (query: RequestsQuery): Promise<unknown[]> =>
    fetchWindow(
      (w) => client.requests({ ...query, ...w }),
      query,
      (w, count) => ctx.log.warn('a window of one second filled the answer; some requests may be missing', { from: isoSeconds(w.from), count }),
    );

  function parse(items: unknown[], catalogue: Map<string, Open311Service>, now: number, window: TimeWindow) {
    const rejected: string[] = [];
    const requests = validateRecords(items, open311RequestSchema, (index, reason) => {
      rejected.push(`[${index}] ${reason.replaceAll('\n', '; ')}`);
      ctx.log.warn('rejected a malformed service request', { index, reason, from: isoSeconds(window.from), to: isoSeconds(window.to) });
    });
    return { reports: requests.map((r) => toFieldReport(r, catalogue, options, now)), rejected };
  }

  /** Adds reports to the book; returns those that changed it, one per id. */
  function remember(reports: FieldReport[]): FieldReport[] {
    const kept = new Map<string, FieldReport>();
    for (const report of reports) {
      const merged = book.apply(report);
      if (!merged) continue;
      kept.set(merged.id, merged);
      if (merged.ward && !wards.has(merged.ward.key)) {
        wards.set(merged.ward.key, merged.ward);
        ctx.declareSeries([wardSeries(ctx.instanceId, merged.ward)]);
      }
    }
    return [...kept.values()];
  }

  async function warmUp(cursorAt: number, catalogue: Map<string, Open311Service>, now: number): Promise<void> {
    const since = now - lookbackMs;
    const plan: RequestsQuery[] = [
      ...planWindows(since, cursorAt, windowMs).map((w) => ({ ...w, status: 'open' as const })),
      ...planWindows(Math.max(since, now - HISTORY_MS), cursorAt, windowMs).map((w) => ({ ...w, status: 'closed' as const })),
    ];
    for (const query of plan) remember(parse(await read(query), catalogue, now, query).reports);
    // The last poll before the restart ran at the cursor and alerted every open report already past due.
    alerted = new Set(book.all().filter((r) => isOpen(r.status) && r.dueAt < cursorAt).map((r) => r.id));
  }

  function cursorTime(now: number): number {
    const saved = ctx.cursor.get();
    const at = saved === undefined ? Number.NaN : Date.parse(saved);
    if (saved !== undefined && Number.isNaN(at)) ctx.log.warn('the saved cursor is not a date; starting from the lookback', { cursor: saved });
    return Number.isNaN(at) ? now - lookbackMs : at;
  }

  async function walk(from: number, catalogue: Map<string, Open311Service>, now: number): Promise<WalkResult> {
    const result: WalkResult = { changed: 0, rejected: [] };
    for (const window of planWindows(from, Math.floor(now / 1000) * 1000, windowMs)) {
      const batch = parse(await read(window), catalogue, now, window);
      const changed = remember(batch.reports);
      if (changed.length > 0) ctx.upsertRecords(changed.map(toRecord));
      result.changed += changed.length;
      if (batch.rejected.length > 0) {
        result.rejected.push(...batch.rejected);
        result.heldAt ??= window.from;
      }
      // Set only after the window's records were emitted, so the cursor never runs ahead of stored data.
      if (result.heldAt === undefined) ctx.cursor.set(isoSeconds(window.to));
    }
    return result;
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

  function reportOutcome(result: WalkResult, counts: { open: number; overdue: number }): void {
    const latency = client.latencyMs === undefined ? {} : { latencyMs: Math.round(client.latencyMs) };
    const summary = `${result.changed} report(s) updated; ${counts.open} open, ${counts.overdue} overdue`;
    if (result.heldAt === undefined) return ctx.reportHealth('ok', summary, latency);
    const shown = result.rejected.slice(0, 3).join(' | ') + (result.rejected.length > 3 ? ' | …' : '');
    const message =
      `${client.describe('requests')} sent ${result.rejected.length} malformed service request(s), not stored: ${shown}. ` +
      `The cursor stays at ${isoSeconds(result.heldAt)} so they are read again once fixed; ${summary}`;
    ctx.reportHealth('degraded', scrub(message), latency);
  }

  return {
    async poll() {
      const now = ctx.now();
      try {
        const catalogue = await refreshServices(now);
        const from = cursorTime(now);
        if (!warm && ctx.cursor.get() !== undefined) await warmUp(from, catalogue, now);
        warm = true;
        const result = await walk(from, catalogue, now);
        book.prune(now);
        reportOutcome(result, publish(now));
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
