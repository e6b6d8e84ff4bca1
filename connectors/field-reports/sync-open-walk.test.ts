import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../common/time.js';
import { isoVn } from './fixture/seed-reports.js';
import type { Open311Fixture } from './fixture/server.js';
import { createClock, createHarness, lastSamples, latestReports, rawRequest, requestsOf, startFixture, type Clock, type Harness } from './test-kit.js';
import { isoSeconds } from './windows.js';

let fixture: Open311Fixture;
afterEach(() => fixture?.stop());

type Query = Record<string, string>;
const dated = (f: Open311Fixture, from = 0): Query[] => requestsOf(f).slice(from).map((q) => q.query).filter((q) => q.service_request_id === undefined);
const byId = (f: Open311Fixture, from = 0): string[] => requestsOf(f).slice(from).flatMap((q) => q.query.service_request_id?.split(',') ?? []);
const span = (q: Query): [number, number] => [Date.parse(q.start_date!), Date.parse(q.end_date!)];
const openTotal = (samples: Map<string, number>) => samples.get('open311.hue.open-total');
const alertRefs = (alerts: { sourceRef: string; severity: string }[]) => alerts.map((a) => `${a.sourceRef} ${a.severity}`);

/** Every window at most 90 days, each starting where the one before ended, from `from` to `to`. */
function expectChain(queries: Query[], from: number, to: number): void {
  const spans = queries.map(span);
  for (const [start, end] of spans) expect(end - start).toBeLessThanOrEqual(90 * DAY);
  expect(spans[0]?.[0]).toBe(from);
  expect(spans.at(-1)?.[1]).toBe(to);
  for (const [i, [start]] of spans.entries()) if (i > 0) expect(start).toBe(spans[i - 1]![1]);
}

/** A gateway whose open reports stalled for months and weeks, beside a recent one. */
async function stalledGateway(clock: Clock): Promise<Open311Fixture> {
  fixture = await startFixture(clock, { reports: 0 });
  fixture.add(rawRequest('HUE-900001', clock.t - 120 * DAY, { ioc_status: 'assigned', status_notes: 'Đã chuyển xử lý: giao UBND phường Vỹ Dạ' }));
  fixture.add(rawRequest('HUE-900002', clock.t - 60 * DAY, { ioc_status: 'in_progress', status_notes: 'Đang xử lý: đang triển khai' }));
  fixture.add(rawRequest('HUE-900003', clock.t - 2 * DAY));
  return fixture;
}

async function firstSyncOnStalled(): Promise<{ clock: Clock; running: Harness }> {
  const clock = createClock();
  await stalledGateway(clock);
  const running = createHarness(fixture.url, clock);
  await running.sync.poll();
  return { clock, running };
}

/** A new run of the connector with the cursors `before` saved, as the host gives them after a restart. */
const restart = (before: Harness, clock: Clock, options: Record<string, unknown> = {}): Harness =>
  createHarness(fixture.url, clock, options, { cursors: Object.fromEntries(before.ctx.cursors) });

describe('field-reports sync: open reports of any age', () => {
  it('finds on the first sync the open reports received 60 and 120 days ago, walking back in status=open windows', async () => {
    const clock = createClock();
    await stalledGateway(clock);
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();

    expect(new Set(latestReports(ctx.calls.records).keys())).toEqual(new Set(['HUE-900001', 'HUE-900002', 'HUE-900003']));
    expect(openTotal(lastSamples(ctx))).toBe(3);
    expect(lastSamples(ctx).get('open311.hue.overdue')).toBe(2);
    expect(alertRefs(ctx.calls.alerts).sort()).toEqual(['overdue:HUE-900001 minor', 'overdue:HUE-900002 minor']);

    // openLookbackDays (365) back to initialLookbackDays (30) for the open ones, then every status, in windowDays (30).
    const queries = dated(fixture);
    expectChain(queries, clock.t - 365 * DAY, clock.t);
    expect(queries.map((q) => q.status ?? 'all')).toEqual([...Array<string>(12).fill('open'), 'all']);
    expect(span(queries.at(-1)!)).toEqual([clock.t - 30 * DAY, clock.t]);
    // The cost of a warm-up with the default options, as docs/connectors/field-reports.md gives it.
    expect(fixture.received.map((r) => r.path)).toEqual(['services.json', ...Array<string>(13).fill('requests.json')]);
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
  });

  it('never asks for more than 90 days, with the longest window, a far horizon and a restart after a long stop', async () => {
    const clock = createClock();
    await stalledGateway(clock);
    const options = { windowDays: 90, openLookbackDays: 400, overlapSeconds: 0 };
    const first = createHarness(fixture.url, clock, options);
    await first.sync.poll();
    expectChain(dated(fixture), clock.t - 400 * DAY, clock.t);
    expect(first.ctx.calls.health.at(-1)?.state).toBe('ok');

    clock.t += 150 * DAY;
    const asked = requestsOf(fixture).length;
    const restarted = restart(first, clock, options);
    await restarted.sync.poll();
    const queries = dated(fixture, asked);
    expectChain(queries, clock.t - 400 * DAY, clock.t);
    // Open ones back to the horizon, then every status from before the last cursor's lookback.
    expect(queries.filter((q) => q.status === undefined).length).toBeGreaterThan(1);
    expect(restarted.ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(openTotal(lastSamples(restarted.ctx))).toBe(3);
  });

  it('finds them again after a restart, without storing them again, and goes on following them by id', async () => {
    const { clock, running } = await firstSyncOnStalled();

    clock.t += 2 * HOUR;
    const restarted = restart(running, clock);
    await restarted.sync.poll();
    expect(openTotal(lastSamples(restarted.ctx))).toBe(3);
    expect(lastSamples(restarted.ctx).get('open311.hue.overdue')).toBe(2);
    // Stored and alerted by the run before the restart.
    expect(restarted.ctx.calls.records).toEqual([]);
    expect(restarted.ctx.calls.alerts).toEqual([]);

    clock.t += MINUTE;
    fixture.advance('HUE-900001', 'in_progress');
    const asked = requestsOf(fixture).length;
    await restarted.sync.poll();
    expect(byId(fixture, asked).sort()).toEqual(['HUE-900001', 'HUE-900002', 'HUE-900003']);
    expect(latestReports(restarted.ctx.calls.records).get('HUE-900001')).toMatchObject({ status: 'in_progress', updatedAt: clock.t });
  });

  it('stores closed a report stored open that was closed upstream while the connector was stopped', async () => {
    const { clock, running } = await firstSyncOnStalled();
    expect(latestReports(running.ctx.calls.records).get('HUE-900002')?.status).toBe('in_progress');

    clock.t += 3 * HOUR;
    fixture.advance('HUE-900002', 'resolved');
    const restarted = restart(running, clock);
    await restarted.sync.poll();

    // Closed, it is in no status=open window, and received 60 days ago, in no window of every status.
    expect(latestReports(restarted.ctx.calls.records).get('HUE-900002')).toMatchObject({ status: 'resolved', resolvedAt: clock.t });
    expect(restarted.ctx.calls.records.map((r) => r.id)).toEqual(['HUE-900002']);
    expect(openTotal(lastSamples(restarted.ctx))).toBe(2);
    expect(alertRefs(restarted.ctx.calls.alerts)).toEqual(['overdue:HUE-900002 info']);
  });

  it('follows after a restart, by id, an open report that has grown older than openLookbackDays', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    fixture.add(rawRequest('HUE-900005', clock.t - 95 * DAY, { ioc_status: 'assigned', status_notes: 'Đã chuyển xử lý' }));
    fixture.add(rawRequest('HUE-900006', clock.t - 97 * DAY, { ioc_status: 'returned', status_notes: 'Trả lại' }));
    const options = { openLookbackDays: 100 };
    const running = createHarness(fixture.url, clock, options);
    await running.sync.poll();
    expect(openTotal(lastSamples(running.ctx))).toBe(2);

    clock.t += 10 * DAY;
    fixture.advance('HUE-900005', 'resolved');
    const asked = requestsOf(fixture).length;
    const restarted = restart(running, clock, options);
    await restarted.sync.poll();

    expect(byId(fixture, asked).sort()).toEqual(['HUE-900005', 'HUE-900006']);
    expect(latestReports(restarted.ctx.calls.records).get('HUE-900005')?.status).toBe('resolved');
    expect(openTotal(lastSamples(restarted.ctx))).toBe(1);
    expect(JSON.parse(restarted.ctx.cursors.get('open')!)).toEqual({ before: isoSeconds(Math.floor((clock.t - 30 * DAY) / DAY) * DAY), ids: ['HUE-900006'] });
  });

  it('keeps the list of old open reports within a cursor value, reading every status from the first that did not fit', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    for (let i = 0; i < 1000; i++) fixture.add(rawRequest(`HUE-${800000 + i}`, clock.t - 60 * DAY + i * MINUTE, { ioc_status: 'assigned', status_notes: 'Đã chuyển xử lý' }));
    const running = createHarness(fixture.url, clock);
    await running.sync.poll();
    const list = JSON.parse(running.ctx.cursors.get('open')!) as { before: string; ids: string[] };
    expect(running.ctx.cursors.get('open')!.length).toBeLessThanOrEqual(8192);
    expect(list.ids.length).toBeGreaterThan(500);
    expect(list.ids.length).toBeLessThan(1000);
    const firstLeftOut = `HUE-${800000 + list.ids.length}`;
    expect(list.before).toBe(isoSeconds(clock.t - 60 * DAY + list.ids.length * MINUTE));

    clock.t += HOUR;
    fixture.advance(firstLeftOut, 'resolved');
    fixture.advance('HUE-800000', 'resolved');
    const restarted = restart(running, clock);
    await restarted.sync.poll();
    expect(restarted.ctx.calls.records.map((r) => r.id).sort()).toEqual(['HUE-800000', firstLeftOut]);
    expect(openTotal(lastSamples(restarted.ctx))).toBe(998);
  });

  it('does a warm-up that failed again at the next poll, from the cursor the run started with', async () => {
    const { clock, running } = await firstSyncOnStalled();

    clock.t += HOUR;
    fixture.advance('HUE-900002', 'resolved');
    const restarted = restart(running, clock);
    // Every window answers and moves the cursor; asking for the report closed meanwhile by id fails after every retry.
    fixture.set({ fail500ById: 100 });
    await restarted.sync.poll();
    expect(restarted.ctx.calls.health.at(-1)?.state).toBe('degraded');
    expect(restarted.ctx.cursors.get('default')).toBe(isoSeconds(clock.t));

    fixture.set({ fail500ById: 0 });
    clock.t += MINUTE;
    await restarted.sync.poll();
    expect(restarted.ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(openTotal(lastSamples(restarted.ctx))).toBe(2);
    expect(latestReports(restarted.ctx.calls.records).get('HUE-900002')?.status).toBe('resolved');
    expect(alertRefs(restarted.ctx.calls.alerts)).toEqual(['overdue:HUE-900002 info']);
  });

  it('says so when the saved list of old open reports does not parse, and still finds the open ones', async () => {
    const clock = createClock();
    await stalledGateway(clock);
    const { ctx, sync } = createHarness(fixture.url, clock, {}, { cursors: { default: isoSeconds(clock.t - HOUR), open: '["HUE-900001"]' } });
    await sync.poll();
    expect(ctx.calls.logs).toContainEqual({
      level: 'warn',
      msg: 'the saved list of old open reports does not parse; those closed while the connector was stopped stay open',
      fields: { cursor: '["HUE-900001"]' },
    });
    expect(openTotal(lastSamples(ctx))).toBe(3);
    expect(JSON.parse(ctx.cursors.get('open')!)).toMatchObject({ ids: ['HUE-900001', 'HUE-900002'] });
  });

  it('with a gateway that filters on updated_datetime, finds an open report last updated two months ago, also after a restart', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0, dateField: 'updated' });
    fixture.add(rawRequest('HUE-900007', clock.t - 120 * DAY, { updated_datetime: isoVn(clock.t - 60 * DAY), ioc_status: 'assigned', status_notes: 'Đã chuyển xử lý' }));
    const running = createHarness(fixture.url, clock, { dateFilter: 'updated' });
    await running.sync.poll();
    expect(latestReports(running.ctx.calls.records).get('HUE-900007')?.status).toBe('assigned');

    clock.t += HOUR;
    const restarted = restart(running, clock, { dateFilter: 'updated' });
    await restarted.sync.poll();
    expect(openTotal(lastSamples(restarted.ctx))).toBe(1);
    expect(restarted.ctx.calls.records).toEqual([]);
    expect(byId(fixture)).toEqual([]);
    expect(restarted.ctx.cursors.has('open')).toBe(false);
  });
});
