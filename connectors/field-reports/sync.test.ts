import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../common/time.js';
import type { Open311Fixture } from './fixture/server.js';
import { isOpen } from './lifecycle.js';
import { createClock, createHarness, lastSamples, latestReports, rawRequest, requestsOf, startFixture } from './test-kit.js';
import { isoSeconds } from './windows.js';

let fixture: Open311Fixture;
afterEach(() => fixture?.stop());

const requestedSince = (f: Open311Fixture, since: number) => f.reports.filter((r) => Date.parse(r.requested_datetime) >= since);
/** What a first sync reads with the default lookbacks: every report of the last 30 days and every older open one. */
const firstRead = (f: Open311Fixture, now: number, field: 'requested' | 'updated' = 'requested') =>
  f.reports.filter((r) => Date.parse(field === 'requested' ? r.requested_datetime : r.updated_datetime) >= now - 30 * DAY || r.status === 'open');
const dated = (queries: { query: Record<string, string> }[]) => queries.map((q) => q.query).filter((q) => q.service_request_id === undefined);
const byId = (queries: { query: Record<string, string> }[]) => queries.flatMap((q) => q.query.service_request_id?.split(',') ?? []);

describe('field-reports sync', () => {
  it('stores every report received in the lookback and every older open one on the first sync, and emits metrics', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();

    const expected = firstRead(fixture, clock.t);
    expect(expected.filter((r) => Date.parse(r.requested_datetime) < clock.t - 30 * DAY).length).toBeGreaterThan(0);
    expect(new Set(ctx.calls.records.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.service_request_id)));
    expect(ctx.calls.records.every((r) => r.kind === 'field-report')).toBe(true);
    const sample = expected.find((r) => r.media_url !== undefined)!;
    const stored = latestReports(ctx.calls.records).get(sample.service_request_id);
    expect(stored).toMatchObject({
      status: sample.ioc_status,
      serviceCode: sample.service_code,
      address: sample.address,
      ward: { key: sample.ioc_ward_code, code: sample.ioc_ward_code, name: sample.address.split(', ')[1] },
      mediaUrl: sample.media_url,
      updatedAt: Date.parse(sample.updated_datetime),
      requestedAt: Date.parse(sample.requested_datetime),
    });
    expect(ctx.calls.records.find((r) => r.id === sample.service_request_id)?.updatedAt).toBe(Date.parse(sample.updated_datetime));

    const samples = lastSamples(ctx);
    const open = expected.filter((r) => isOpen(r.ioc_status));
    expect(samples.get('open311.hue.open-total')).toBe(open.length);
    expect(samples.get('open311.hue.open.in_progress')).toBe(open.filter((r) => r.ioc_status === 'in_progress').length);
    // Phường Vỹ Dạ, 19777 in QĐ 19/2025/QĐ-TTg.
    const inVyDa = open.filter((r) => r.address.includes('Phường Vỹ Dạ')).length;
    expect(samples.get('open311.hue.ward.19777') ?? 0).toBe(inVyDa);
    // Every sample belongs to a declared series.
    const declared = new Set(ctx.calls.series.map((s) => s.id));
    expect([...samples.keys()].every((id) => declared.has(id))).toBe(true);

    expect(ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
    expect(ctx.calls.health).toEqual([{ state: 'ok', message: expect.stringMatching(/^\d+ report\(s\) updated; \d+ open, \d+ overdue$/), latencyMs: expect.any(Number) }]);
  });

  it('stores the closing of a report received 30 days ago, which no date window of a plain GeoReport v2 server holds', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    const old = rawRequest('HUE-800001', clock.t - 30 * DAY + HOUR, { ioc_status: 'in_progress', status_notes: 'Đang xử lý: đang triển khai' });
    fixture.add(old);
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();
    expect(latestReports(ctx.calls.records).get('HUE-800001')?.status).toBe('in_progress');

    clock.t += DAY;
    fixture.advance('HUE-800001', 'resolved');
    const asked = requestsOf(fixture).length;
    await sync.poll();

    expect(latestReports(ctx.calls.records).get('HUE-800001')).toMatchObject({ status: 'resolved', updatedAt: clock.t, resolvedAt: clock.t });
    expect(byId(requestsOf(fixture).slice(asked))).toEqual(['HUE-800001']);
    expect(lastSamples(ctx).get('open311.hue.open-total')).toBe(0);
    // Closed, it is not asked for again.
    const before = requestsOf(fixture).length;
    clock.t += MINUTE;
    await sync.poll();
    expect(byId(requestsOf(fixture).slice(before))).toEqual([]);
  });

  it('reads again a few minutes before the cursor, so a report committed late is stored, and stores nothing twice', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock, { overlapSeconds: 300 });
    await sync.poll();
    const cursor = Date.parse(ctx.cursors.get('default')!);
    const stored = ctx.calls.records.length;

    // Received two minutes before the last sync ended, committed only after it.
    clock.t += MINUTE;
    fixture.add(rawRequest('HUE-800002', cursor - 2 * MINUTE));
    const asked = requestsOf(fixture).length;
    await sync.poll();

    expect(dated(requestsOf(fixture).slice(asked))).toEqual([{ start_date: isoSeconds(cursor - 5 * MINUTE), end_date: isoSeconds(clock.t) }]);
    expect(ctx.calls.records.slice(stored).map((r) => r.id)).toEqual(['HUE-800002']);
    expect(ctx.calls.health.at(-1)?.message).toMatch(/^1 report\(s\) updated; /);
  });

  it('asks for open reports read before by id, in lists of at most 100, and stores only what changed', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 2000 });
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();
    const cursor = ctx.cursors.get('default');
    const before = ctx.calls.records.length;
    const asked = requestsOf(fixture).length;

    clock.t += 10 * MINUTE;
    const changed = fixture.reports.find((r) => r.ioc_status === 'assigned' && Date.parse(r.requested_datetime) < clock.t - DAY && Date.parse(r.requested_datetime) > clock.t - 20 * DAY)!;
    fixture.advance(changed.service_request_id, 'in_progress');
    await sync.poll();

    const queries = requestsOf(fixture).slice(asked);
    expect(dated(queries)).toEqual([{ start_date: isoSeconds(Date.parse(cursor!) - 5 * MINUTE), end_date: isoSeconds(clock.t) }]);
    const open = latestReports(ctx.calls.records.slice(0, before));
    const expectedIds = [...open.values()].filter((r) => isOpen(r.status)).map((r) => r.id);
    expect(byId(queries).sort()).toEqual(expectedIds.sort());
    expect(expectedIds.length).toBeGreaterThan(100);
    expect(queries.filter((q) => q.query.service_request_id).map((q) => q.query.service_request_id!.split(',').length)).toEqual(
      Array.from({ length: Math.ceil(expectedIds.length / 100) }, (_, i) => Math.min(100, expectedIds.length - 100 * i)),
    );
    expect(ctx.calls.records.slice(before).map((r) => r.id)).toEqual([changed.service_request_id]);
    expect(latestReports(ctx.calls.records).get(changed.service_request_id)?.status).toBe('in_progress');
    expect(ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
  });

  it('with a gateway that filters on updated_datetime, reads only what changed and asks for nothing by id', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { dateField: 'updated' });
    const { ctx, sync } = createHarness(fixture.url, clock, { dateFilter: 'updated' });
    await sync.poll();
    expect(new Set(ctx.calls.records.map((r) => r.id))).toEqual(new Set(firstRead(fixture, clock.t, 'updated').map((r) => r.service_request_id)));
    const before = ctx.calls.records.length;
    const asked = requestsOf(fixture).length;

    clock.t += 10 * MINUTE;
    const changed = fixture.reports.find((r) => r.ioc_status === 'assigned')!;
    fixture.advance(changed.service_request_id, 'in_progress');
    await sync.poll();
    const queries = requestsOf(fixture).slice(asked);
    expect(byId(queries)).toEqual([]);
    expect(dated(queries)).toHaveLength(1);
    expect(ctx.calls.records.slice(before).map((r) => r.id)).toEqual([changed.service_request_id]);
  });

  it.each(['requested', 'updated'] as const)(
    'resumes after a restart (%s dates) and ends with the same records, metrics and alerts as an instance that kept running',
    async (dateFilter) => {
      const clock = createClock();
      fixture = await startFixture(clock, { dateField: dateFilter });
      const running = createHarness(fixture.url, clock, { dateFilter });
      await running.sync.poll();
      const saved = Object.fromEntries(running.ctx.cursors);
      const alertedBefore = running.ctx.calls.alerts.length;
      expect(alertedBefore).toBeGreaterThan(0);

      clock.t += 2 * HOUR;
      // Overdue before the restart and resolved while the instance was stopped.
      const changed = fixture.reports.find((r) => r.ioc_status === 'in_progress' && Date.parse(r.requested_datetime) > clock.t - 20 * DAY && Date.parse(r.requested_datetime) < clock.t - 4 * DAY)!;
      fixture.advance(changed.service_request_id, 'resolved');
      const restarted = createHarness(fixture.url, clock, { dateFilter }, { cursors: saved });
      await restarted.sync.poll();
      await running.sync.poll();

      // Only what changed while it was stopped is stored again, and the overlap before the cursor.
      const since = Date.parse(saved.default!) - 5 * MINUTE;
      const recent = fixture.reports.filter((r) => Date.parse(r.updated_datetime) >= since && Date.parse(r.requested_datetime) >= clock.t - 30 * DAY);
      expect(new Set(restarted.ctx.calls.records.map((r) => r.id))).toEqual(new Set(recent.map((r) => r.service_request_id)));
      expect(recent.length).toBeLessThan(5);
      expect(latestReports(restarted.ctx.calls.records).get(changed.service_request_id)?.status).toBe('resolved');
      // A ward seen only in reports closed long ago reads 0 on one and is not declared again on the other.
      const counted = (ctx: Parameters<typeof lastSamples>[0]) => new Map([...lastSamples(ctx)].filter(([id, v]) => v !== 0 || !id.includes('.ward.')));
      expect(counted(restarted.ctx)).toEqual(counted(running.ctx));
      // Overdue alerts raised before the restart are not raised again; those due since are, by both.
      expect(restarted.ctx.calls.alerts).toEqual(running.ctx.calls.alerts.slice(alertedBefore));
      expect(restarted.ctx.calls.alerts).toContainEqual(expect.objectContaining({ sourceRef: `overdue:${changed.service_request_id}`, severity: 'info' }));
      expect(restarted.ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
    },
  );

  it('walks a long catch-up in windows of at most windowDays, moving the cursor after each', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock, { windowDays: 7, initialLookbackDays: 30 });
    await sync.poll();
    const windows = dated(requestsOf(fixture))
      .filter((q) => q.status === undefined)
      .map((q) => [Date.parse(q.start_date!), Date.parse(q.end_date!)] as const);
    expect(windows).toHaveLength(5);
    expect(windows[0]?.[0]).toBe(clock.t - 30 * DAY);
    expect(windows.at(-1)?.[1]).toBe(clock.t);
    for (const [i, [from, to]] of windows.entries()) {
      expect(to - from).toBeLessThanOrEqual(7 * DAY);
      if (i > 0) expect(from).toBe(windows[i - 1]?.[1]);
    }
    expect(ctx.calls.records).toHaveLength(firstRead(fixture, clock.t).length);
  });

  it('never asks for more than 90 days, even after a long stop', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock, { windowDays: 90, overlapSeconds: 0 }, { cursors: { default: isoSeconds(clock.t - 200 * DAY) } });
    await sync.poll();
    const spans = dated(requestsOf(fixture))
      .filter((q) => q.status === undefined)
      .map((q) => Date.parse(q.end_date!) - Date.parse(q.start_date!));
    expect(spans).toEqual([90 * DAY, 90 * DAY, 20 * DAY]);
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
  });

  it('gives the same records from JSON and from XML', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const json = createHarness(fixture.url, clock, { format: 'json' });
    const xml = createHarness(fixture.url, clock, { format: 'xml' });
    await json.sync.poll();
    await xml.sync.poll();
    // The same queries, each in its own format.
    const half = requestsOf(fixture).length / 2;
    expect(requestsOf(fixture).map((q) => q.path)).toEqual([...Array<string>(half).fill('requests.json'), ...Array<string>(half).fill('requests.xml')]);
    expect(xml.ctx.calls.records.length).toBeGreaterThan(50);
    expect(xml.ctx.calls.records).toEqual(json.ctx.calls.records);
    expect(lastSamples(xml.ctx)).toEqual(lastSamples(json.ctx));
  });

  it('splits a window whose answer was cut at 1000 requests until nothing is missing', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 2500 });
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();
    const expected = firstRead(fixture, clock.t);
    expect(requestedSince(fixture, clock.t - 30 * DAY).length).toBeGreaterThan(1000);
    expect(new Set(ctx.calls.records.map((r) => r.id)).size).toBe(expected.length);
    expect(requestsOf(fixture).length).toBeGreaterThan(1);
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
  });
});
