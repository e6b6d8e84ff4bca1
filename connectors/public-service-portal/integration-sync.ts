import { byAgency, provinceTotals } from '../../common/kpi/by-agency.js';
import type { Period } from '../../common/kpi/period.js';
import type { SourceRecord } from '../../common/schemas/connector.js';
import { endStatuses } from '../../common/schemas/dossier.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { AdapterClient } from './adapter-client.js';
import type { PortalConfig } from './config.js';
import { createDossierBook } from './dossier-book.js';
import { createScrubber, describeFailure } from './health.js';
import { periodAt, toIsoVn } from './local-time.js';
import { agencySeries, emptySummary, provinceSeries, summarySamples } from './metrics.js';
import { onTimePass } from './on-time-alerts.js';
import { createOpenDossierReader } from './open-dossiers.js';
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

/** The statuses with no end yet (domain.md 1.1): the dossiers a period can inherit from the ones before it. */
const openStatuses = ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const).filter((s) => !endStatuses.includes(s));

/** A rejected record's MaHoSo, when it has a usable one, so a later valid version clears it. */
const codeOf = (item: unknown): string | undefined => {
  const code = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).MaHoSo : undefined;
  return typeof code === 'string' && code.trim() !== '' ? code.trim() : undefined;
};

/**
 * Incremental sync of DongBoHoSoMC through the integration adapter. The cursor is the end of the last window
 * read ("2025-06-02T10:00:00+07:00"); each poll reads from the cursor minus `overlapMs` to now, so a record
 * committed late upstream or stamped by a slow clock is still read, and stores only the dossiers that are new
 * or changed. A malformed record is logged with its reason and skipped: the cursor moves past it, so one bad
 * record never holds back the rest; it is read again when the platform changes it, and health is degraded
 * and names it on each poll that reads it.
 *
 * Warm-up, on the first poll of a run: the KPIs count every dossier handled in the period, carried-over ones
 * included, and the host does not give stored records back. So it also reads the dossiers still open from
 * before the period (by TrangThaiHoSo 1, 2, 4, 5, 6, or by an update window: open-dossiers.ts) and, after a
 * restart, re-reads the period's start up to the cursor into memory.
 */
export function createPortalSync(ctx: ConnectorContext<PortalConfig>, client: AdapterClient): PortalSync {
  const options = ctx.options;
  const scrub = createScrubber(options.password);
  const schema = portalDossierSchema(options);
  const book = createDossierBook();
  const openReader = createOpenDossierReader(client, options, ctx.log);
  const agencies = new Set<string>();
  /** Rejected records not since read in a valid version: MaHoSo, or the reason for a record without one. */
  const rejectedKeys = new Set<string>();
  let raised = new Set<string>();
  let warm = false;

  ctx.declareSeries(provinceSeries(ctx.instanceId, options.period, options.province));

  function parse(items: unknown[], rejected: string[]): PortalDossier[] {
    const good = validateRecords(items, schema, (index, reason) => {
      const code = codeOf(items[index]);
      rejected.push(`[${index}] ${code === undefined ? '' : `${code}: `}${reason.replaceAll('\n', '; ')}`);
      rejectedKeys.add(code ?? reason);
      ctx.log.warn('rejected a malformed dossier; the sync goes on past it', { index, ...(code === undefined ? {} : { code }), reason });
    });
    for (const p of good) rejectedKeys.delete(p.dossier.code);
    return good;
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

  /**
   * Reads what this poll needs and returns the dossiers to store: those of the window that are new or changed
   * and, on the first sync ever, the open ones. After a restart, the period up to the cursor and the open
   * dossiers only refill the book: they were stored before it.
   */
  async function read(cursor: number | undefined, period: Period, to: number, rejected: string[]): Promise<PortalDossier[]> {
    if (!warm && cursor !== undefined && cursor > period.from) {
      for (const p of parse(await client.updated(period.from, cursor), rejected)) book.put(p);
    }
    const from = cursor === undefined ? period.from : Math.max(0, cursor - options.overlapMs);
    const changed = parse(await client.updated(from, to), rejected).filter((p) => book.put(p));
    if (!warm) {
      // Asked after the window, so a version read here never hides a change the window must store; an update
      // window also holds dossiers that have ended since, which are no carry-over.
      const open = parse(await openReader.read(openStatuses, period, to), rejected)
        .filter((p) => openStatuses.includes(p.dossier.status))
        .filter((p) => book.put(p));
      if (cursor === undefined) changed.push(...open);
    }
    warm = true;
    return changed;
  }

  return {
    async poll() {
      const now = ctx.now();
      // Whole seconds: the adapter's yyyyMMddHHmmss cannot say more.
      const to = Math.floor(now / 1000) * 1000;
      const period = periodAt(options.period, now);
      const rejected: string[] = [];
      try {
        const changed = await read(savedCursor(), period, to, rejected);
        if (changed.length > 0) ctx.upsertRecords(changed.map((p) => toRecord(p, now)));
        // Set only after the records were emitted, so the cursor never runs ahead of stored data.
        ctx.cursor.set(toIsoVn(to));
        const pending = rejectedKeys.size === 0 ? '' : `; ${rejectedKeys.size} rejected dossier(s) not yet read in a valid form`;
        const summary = `${changed.length} dossier(s) new or changed; ${publish(now)}${pending}${openReader.note}`;
        const latency = client.latencyMs === undefined ? {} : { latencyMs: Math.round(client.latencyMs) };
        if (rejected.length === 0) return ctx.reportHealth('ok', summary, latency);
        const shown = rejected.slice(0, 3).join(' | ') + (rejected.length > 3 ? ' | …' : '');
        ctx.reportHealth(
          'degraded',
          scrub(`${client.where} sent ${rejected.length} malformed dossier(s), not stored: ${shown}. The sync went on past them; ${summary}`),
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
