import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../common/time.js';
import type { RawRequest } from './fixture/seed-reports.js';
import type { Open311Fixture } from './fixture/server.js';
import { createClock, createHarness, latestReports, rawRequest, requestsOf, startFixture } from './test-kit.js';
import { isoSeconds } from './windows.js';

let fixture: Open311Fixture;
afterEach(() => fixture?.stop());

const askedById = (f: Open311Fixture, from: number) => requestsOf(f).slice(from).flatMap((q) => q.query.service_request_id?.split(',') ?? []);
/** A status no GeoReport v2 gateway sends: the request is malformed until the gateway fixes it. */
const broken: Partial<RawRequest> = { status: 'pending' as RawRequest['status'] };

describe('field-reports sync: a malformed service request', () => {
  it('never holds the cursor; it is asked for again by id and stored once the gateway fixes it', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    fixture.add(rawRequest('HUE-700001', clock.t - 2 * DAY, { ioc_status: 'assigned', status_notes: 'Đã chuyển xử lý' }));
    fixture.add(rawRequest('HUE-700002', clock.t - 2 * DAY, broken));
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();

    expect(ctx.calls.records.map((r) => r.id)).toEqual(['HUE-700001']);
    expect(ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringContaining('[1] HUE-700002: status: unknown status "pending"') });
    expect(ctx.calls.logs).toContainEqual({ level: 'warn', msg: 'rejected a malformed service request', fields: expect.objectContaining({ id: 'HUE-700002', index: 1 }) });

    // Received two days ago, it is in no later window: only asking for it by id reads it again.
    clock.t += MINUTE;
    const asked = requestsOf(fixture).length;
    await sync.poll();
    expect(askedById(fixture, asked)).toContain('HUE-700002');
    expect(ctx.calls.health.at(-1)?.state).toBe('degraded');

    fixture.update('HUE-700002', { status: 'open' });
    clock.t += MINUTE;
    await sync.poll();
    expect(latestReports(ctx.calls.records).get('HUE-700002')).toMatchObject({ status: 'new', updatedAt: clock.t - MINUTE });
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(ctx.cursors.get('rejected')).toBe('[]');
  });

  it('is given up after a day of asking, with the reason logged, and the syncs are healthy again', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    fixture.add(rawRequest('HUE-700003', clock.t - 2 * DAY, broken));
    const { ctx, sync } = createHarness(fixture.url, clock);
    await sync.poll();
    clock.t += 12 * HOUR;
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('degraded');

    clock.t += 12 * HOUR + MINUTE;
    const asked = requestsOf(fixture).length;
    await sync.poll();
    expect(askedById(fixture, asked)).toEqual([]);
    expect(ctx.calls.logs).toContainEqual({
      level: 'error',
      msg: 'gave up on a malformed service request after a day of asking again',
      fields: { id: 'HUE-700003', reason: expect.stringContaining('unknown status "pending"'), since: isoSeconds(clock.t - DAY - MINUTE) },
    });
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(ctx.calls.records).toEqual([]);
  });

  it('is still asked for after a restart: the list of malformed requests is kept with the cursor', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    fixture.add(rawRequest('HUE-700004', clock.t - 2 * DAY, broken));
    const first = createHarness(fixture.url, clock);
    await first.sync.poll();
    expect(JSON.parse(first.ctx.cursors.get('rejected')!)).toEqual([{ id: 'HUE-700004', since: clock.t, reason: expect.stringContaining('pending') }]);

    fixture.update('HUE-700004', { status: 'open' });
    clock.t += HOUR;
    // Restarted with a lookback that no longer reaches the request: only the kept list brings it back.
    const restarted = createHarness(fixture.url, clock, { initialLookbackDays: 1 }, { cursors: Object.fromEntries(first.ctx.cursors) });
    await restarted.sync.poll();
    expect(latestReports(restarted.ctx.calls.records).get('HUE-700004')?.status).toBe('new');
  });
});
