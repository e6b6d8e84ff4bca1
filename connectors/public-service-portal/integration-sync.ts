import { byAgency, provinceTotals } from '../../common/kpi/by-agency.js';
import type { SourceRecord } from '../../common/schemas/connector.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { AdapterClient } from './adapter-client.js';
import type { PortalConfig } from './config.js';
import { createDossierBook } from './dossier-book.js';
import { createScrubber, describeFailure } from './health.js';
import { periodAt, toIsoVn } from './local-time.js';
import { agencySeries, emptySummary, provinceSeries, summarySamples } from './metrics.js';
import { onTimePass } from './on-time-alerts.js';
import { portalDossierSchema, type PortalDossier } from './sync-record.js';

export interface PortalSync {
  /** One sync: never throws; the outcome goes to health, the log, records, samples and alerts. */
  poll(): Promise<void>;
}

const toRecord = (p: PortalDossier, now: number): SourceRecord => ({
  kind: 'dossier',
  id: p.dossier.code,
  updatedAt: now,
  data: { ...p.dossier, personal: { ...p.personal } },
});

/**
 * Incremental sync of DongBoHoSoMC through the integration adapter. The cursor is the end of the last
 * window whose records were all stored ("2025-06-02T10:00:00+07:00"); each poll reads from it to now and
 * moves it. A window with a malformed record is still stored record by record, but the cursor stays so the
 * record is read again once the platform fixes it.
 *
 * The KPIs count every dossier of the period, and the host does not give stored records back. So after a
 * restart the first poll re-reads from the start of the period, not from the cursor: the part before the
 * cursor only refills the in-memory book (it was stored before the restart), the rest is a normal sync.
 */
export function createPortalSync(ctx: ConnectorContext<PortalConfig>, client: AdapterClient): PortalSync {
  const options = ctx.options;
  const scrub = createScrubber(options.password);
  const schema = portalDossierSchema(options.fieldMap);
  const book = createDossierBook();
  const agencies = new Set<string>();
  let raised = new Set<string>();
  let warm = false;

  ctx.declareSeries(provinceSeries(ctx.instanceId, options.period, options.province));

  function parse(items: unknown[], rejected: string[]): PortalDossier[] {
    return validateRecords(items, schema, (index, reason) => {
      const line = `[${index}] ${reason.replaceAll('\n', '; ')}`;
      rejected.push(line);
      ctx.log.warn('rejected a malformed dossier', { index, reason });
    });
  }

  function savedCursor(): number | undefined {
    const saved = ctx.cursor.get();
    const at = saved === undefined ? Number.NaN : Date.parse(saved);
    if (saved !== undefined && Number.isNaN(at)) ctx.log.warn('the saved cursor is not a date; reading from the period start', { cursor: saved });
    return Number.isNaN(at) ? undefined : at;
  }

  function publish(now: number): string {
    const period = periodAt(options.period, now);
    book.prune(period);
    const dossiers = book.all();
    const rows = byAgency(dossiers, period, now);
    const fresh = rows.filter((r) => !agencies.has(r.agencyCode));
    for (const row of fresh) {
      agencies.add(row.agencyCode);
      ctx.declareSeries(agencySeries(ctx.instanceId, options.period, options.province, { code: row.agencyCode, name: row.agencyName }));
    }
    const province = provinceTotals(dossiers, period, now);
    const byCode = new Map(rows.map((r) => [r.agencyCode, r]));
    ctx.emitSamples([
      ...summarySamples(ctx.instanceId, province, now),
      ...[...agencies].flatMap((code) => summarySamples(ctx.instanceId, byCode.get(code) ?? emptySummary, now, code)),
    ]);
    const pass = onTimePass(rows, raised, now);
    raised = pass.raised;
    for (const alert of pass.alerts) ctx.raiseAlert(alert);
    const rate = province.onTimeRate === null ? 'chưa có' : `${province.onTimeRate}%`;
    return `${province.received} received, ${province.inProgress} in progress (${province.inProgressOverdue} overdue), on time ${rate}`;
  }

  return {
    async poll() {
      const now = ctx.now();
      // Whole seconds: the adapter's yyyyMMddHHmmss cannot say more.
      const to = Math.floor(now / 1000) * 1000;
      const period = periodAt(options.period, now);
      const rejected: string[] = [];
      try {
        const cursor = savedCursor();
        if (!warm && cursor !== undefined && cursor > period.from) {
          for (const p of parse(await client.updated(period.from, cursor), [])) book.put(p.dossier);
        }
        warm = true;
        const from = cursor ?? period.from;
        const read = parse(await client.updated(from, to), rejected);
        for (const p of read) book.put(p.dossier);
        if (read.length > 0) ctx.upsertRecords(read.map((p) => toRecord(p, now)));
        // Set only after the records were emitted, so the cursor never runs ahead of stored data.
        if (rejected.length === 0) ctx.cursor.set(toIsoVn(to));
        const summary = `${read.length} dossier(s) updated; ${publish(now)}`;
        const latency = client.latencyMs === undefined ? {} : { latencyMs: Math.round(client.latencyMs) };
        if (rejected.length === 0) return ctx.reportHealth('ok', summary, latency);
        const shown = rejected.slice(0, 3).join(' | ') + (rejected.length > 3 ? ' | …' : '');
        ctx.reportHealth(
          'degraded',
          scrub(`${client.where} sent ${rejected.length} malformed dossier(s), not stored: ${shown}. The cursor stays at ${toIsoVn(from)} so they are read again once fixed; ${summary}`),
          latency,
        );
      } catch (error) {
        // Stopping aborts requests in flight; the host reports the instance as stopped.
        if (ctx.signal.aborted) return;
        const failure = describeFailure(error);
        const message = scrub(failure.message);
        ctx.log[failure.state === 'down' ? 'error' : 'warn']('public-service portal sync failed', { state: failure.state, error: message });
        ctx.reportHealth(failure.state, message);
      }
    },
  };
}
