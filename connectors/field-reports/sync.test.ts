import { afterEach, describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../common/time.js';
import type { Open311Fixture } from './fixture/server.js';
import { isOpen } from './lifecycle.js';
import { createClock, createHarness, lastSamples, latestReports, requestsOf, startFixture } from './test-kit.js';
import { isoSeconds } from './windows.js';

let fixture: Open311Fixture;
afterEach(() => fixture?.stop());

const updatedSince = (f: Open311Fixture, since: number) => f.reports.filter((r) => Date.parse(r.updated_datetime) >= since);

describe('field-reports sync', () => {
  it('stores every report of the lookback on the first sync and emits metrics', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();

    const expected = updatedSince(fixture, clock.t - 30 * DAY);
    expect(new Set(ctx.calls.records.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.service_request_id)));
    expect(ctx.calls.records.every((r) => r.kind === 'field-report')).toBe(true);
    const sample = expected[0]!;
    const stored = latestReports(ctx.calls.records).get(sample.service_request_id);
    expect(stored).toMatchObject({
      status: sample.ioc_status,
      serviceCode: sample.service_code,
      address: sample.address,
      updatedAt: Date.parse(sample.updated_datetime),
      requestedAt: Date.parse(sample.requested_datetime),
    });
    expect(ctx.calls.records.find((r) => r.id === sample.service_request_id)?.updatedAt).toBe(Date.parse(sample.updated_datetime));

    const samples = lastSamples(ctx);
    const open = expected.filter((r) => isOpen(r.ioc_status));
    expect(samples.get('open311.hue.open-total')).toBe(open.length);
    expect(samples.get('open311.hue.open.in_progress')).toBe(open.filter((r) => r.ioc_status === 'in_progress').length);
    const inVyDa = open.filter((r) => r.address.includes('Phường Vỹ Dạ')).length;
    expect(samples.get('open311.hue.ward.vy-da') ?? 0).toBe(inVyDa);
    // Every sample belongs to a declared series.
    const declared = new Set(ctx.calls.series.map((s) => s.id));
    expect([...samples.keys()].every((id) => declared.has(id))).toBe(true);

    expect(ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
    expect(ctx.calls.health).toEqual([{ state: 'ok', message: expect.stringMatching(/^\d+ report\(s\) updated; \d+ open, \d+ overdue$/), latencyMs: expect.any(Number) }]);
  });

  it('asks only for what changed since the cursor on the next sync', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();
    const cursor = ctx.cursors.get('default');
    const before = ctx.calls.records.length;
    const asked = requestsOf(fixture).length;

    clock.t += 10 * MINUTE;
    const changed = fixture.reports.find((r) => r.ioc_status === 'assigned')!;
    fixture.advance(changed.service_request_id, 'in_progress');
    await sync.poll();

    const queries = requestsOf(fixture).slice(asked);
    expect(queries.map((q) => q.query)).toEqual([{ start_date: cursor, end_date: isoSeconds(clock.t) }]);
    expect(ctx.calls.records.slice(before).map((r) => r.id)).toEqual([changed.service_request_id]);
    expect(latestReports(ctx.calls.records).get(changed.service_request_id)?.status).toBe('in_progress');
    expect(ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
  });

  it('resumes from the cursor after a restart and ends with the same metrics as an instance that kept running', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const running = createHarness(fixture.url, clock);
    await running.sync.poll();
    const saved = Object.fromEntries(running.ctx.cursors);
    const alertedBefore = running.ctx.calls.alerts.length;
    expect(alertedBefore).toBeGreaterThan(0);

    clock.t += 2 * 60 * MINUTE;
    const changed = fixture.reports.find((r) => r.ioc_status === 'in_progress')!;
    fixture.advance(changed.service_request_id, 'resolved');
    const asked = requestsOf(fixture).length;
    const restarted = createHarness(fixture.url, clock, {}, { cursors: saved });
    await restarted.sync.poll();

    const queries = requestsOf(fixture).slice(asked).map((q) => q.query);
    // Everything after the cursor, once; before it only the open reports and the last week's closed ones.
    const unfiltered = queries.filter((q) => q.status === undefined);
    expect(unfiltered).toEqual([{ start_date: saved.default, end_date: isoSeconds(clock.t) }]);
    expect(queries.filter((q) => q.status !== undefined).every((q) => q.end_date === saved.default && (q.status === 'open' || q.status === 'closed'))).toBe(true);
    expect(restarted.ctx.calls.records.map((r) => r.id)).toEqual([changed.service_request_id]);

    await running.sync.poll();
    expect(lastSamples(restarted.ctx)).toEqual(lastSamples(running.ctx));
    // Overdue alerts raised before the restart are not raised again; those due since are, by both.
    expect(restarted.ctx.calls.alerts).toEqual(running.ctx.calls.alerts.slice(alertedBefore));
  });

  it('walks a long catch-up in windows of at most windowDays, moving the cursor after each', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock, { windowDays: 7, initialLookbackDays: 30 });
    await sync.poll();
    const windows = requestsOf(fixture).map((q) => [Date.parse(q.query.start_date!), Date.parse(q.query.end_date!)] as const);
    expect(windows).toHaveLength(5);
    expect(windows[0]?.[0]).toBe(clock.t - 30 * DAY);
    expect(windows.at(-1)?.[1]).toBe(clock.t);
    for (const [i, [from, to]] of windows.entries()) {
      expect(to - from).toBeLessThanOrEqual(7 * DAY);
      if (i > 0) expect(from).toBe(windows[i - 1]?.[1]);
    }
    expect(ctx.calls.records).toHaveLength(updatedSince(fixture, clock.t - 30 * DAY).length);
  });

  it('never asks for more than 90 days, even after a long stop', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(fixture.url, clock, { windowDays: 90 }, { cursors: { default: isoSeconds(clock.t - 200 * DAY) } });
    await sync.poll();
    const spans = requestsOf(fixture)
      .filter((q) => q.query.status === undefined)
      .map((q) => Date.parse(q.query.end_date!) - Date.parse(q.query.start_date!));
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
    expect(requestsOf(fixture).map((q) => q.path)).toEqual(['requests.json', 'requests.xml']);
    expect(xml.ctx.calls.records.length).toBeGreaterThan(50);
    expect(xml.ctx.calls.records).toEqual(json.ctx.calls.records);
    expect(lastSamples(xml.ctx)).toEqual(lastSamples(json.ctx));
  });

  it('splits a window whose answer was cut at 1000 requests until nothing is missing', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 2500 });
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();
    const expected = updatedSince(fixture, clock.t - 30 * DAY);
    expect(expected.length).toBeGreaterThan(1000);
    expect(new Set(ctx.calls.records.map((r) => r.id)).size).toBe(expected.length);
    expect(requestsOf(fixture).length).toBeGreaterThan(1);
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
  });
});
