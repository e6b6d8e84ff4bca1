import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../common/time.js';
import type { FixtureBehaviour, Open311Fixture } from './fixture/server.js';
import { createClock, createHarness, latestReports, requestsOf, startFixture, type Clock, type Harness } from './test-kit.js';
import { isoSeconds } from './windows.js';

let fixture: Open311Fixture;
afterEach(() => fixture?.stop());

/**
 * A good first sync, then a change upstream and a failing second sync. Returns what the second sync left,
 * and the id of the changed report.
 */
async function failSecondSync(clock: Clock, behaviour: Partial<FixtureBehaviour>, options: Record<string, unknown> = {}) {
  fixture = await startFixture(clock);
  const harness = createHarness(fixture.url, clock, options);
  await harness.sync.poll();
  const first = {
    cursor: harness.ctx.cursors.get('default'),
    records: harness.ctx.calls.records.length,
    samples: harness.ctx.calls.samples.length,
  };
  expect(harness.ctx.calls.health.at(-1)?.state).toBe('ok');
  clock.t += 10 * MINUTE;
  // One the first sync stored: received within its 30 days.
  const changed = fixture.reports.find((r) => r.ioc_status === 'assigned' && Date.parse(r.requested_datetime) > clock.t - 29 * DAY)!.service_request_id;
  fixture.advance(changed, 'in_progress');
  fixture.set(behaviour);
  await harness.sync.poll();
  return { harness, first, changed, health: harness.ctx.calls.health.at(-1)! };
}

const dated = (f: Open311Fixture) => requestsOf(f).filter((q) => q.query.service_request_id === undefined);

/** After the failure is cleared, the next sync stores the change and moves the cursor to now. */
async function recovers(clock: Clock, { ctx, sync }: Harness, changed: string) {
  clock.t += MINUTE;
  await sync.poll();
  expect(ctx.calls.health.at(-1)?.state).toBe('ok');
  expect(latestReports(ctx.calls.records).get(changed)?.status).toBe('in_progress');
  expect(ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
}

describe('field-reports sync failures', () => {
  it('retries a 500 and succeeds in the same sync', async () => {
    const clock = createClock();
    const { harness, health, changed, first } = await failSecondSync(clock, { fail500: 2 });
    expect(health.state).toBe('ok');
    // The window opens five minutes (overlapSeconds) before the cursor; the same one is sent three times.
    const from = isoSeconds(Date.parse(first.cursor!) - 5 * MINUTE);
    expect(dated(fixture).slice(-3).map((q) => q.query.start_date)).toEqual([from, from, from]);
    expect(latestReports(harness.ctx.calls.records).get(changed)?.status).toBe('in_progress');
  });

  it.each<[string, Partial<FixtureBehaviour>, Record<string, unknown>, RegExp]>([
    ['5xx after every retry', { fail500: 100 }, {}, /^GET http:\/\/127\.0\.0\.1:\d+\/open311\/v2\/requests\.json\?start_date=.* returned HTTP 500: .* \(4 attempts\)$/],
    ['a timeout', { delayNext: 4, delayMs: 1500 }, {}, /requests\.json\?.* timed out after 400 ms \(4 attempts\)$/],
    ['malformed JSON', { corrupt: 'malformed' }, {}, /requests\.json\?.* returned JSON that does not parse at /],
    ['malformed XML', { corrupt: 'malformed' }, { format: 'xml' }, /requests\.xml\?.* returned XML that does not parse at line 2, column \d+: /],
    ['a 50 MB answer', { corrupt: 'huge' }, {}, /requests\.json\?.* sent a response larger than the limit of 10485760 bytes$/],
  ])('is degraded on %s, keeps the cursor and stored data, and recovers', async (_name, behaviour, options, message) => {
    const clock = createClock();
    const { harness, health, first, changed } = await failSecondSync(clock, behaviour, options);
    expect(health.state).toBe('degraded');
    expect(health.message).toMatch(message);
    expect(harness.ctx.cursors.get('default')).toBe(first.cursor);
    expect(harness.ctx.calls.records).toHaveLength(first.records);
    // Nothing half-read is published: no samples, no alerts from a failed sync.
    expect(harness.ctx.calls.samples).toHaveLength(first.samples);
    fixture.set({ fail500: 0, delayNext: 0, corrupt: undefined });
    await recovers(clock, harness, changed);
  });

  it.each<[string, Partial<FixtureBehaviour>, string, RegExp]>([
    ['wrong types in a record', { corrupt: 'wrong-types' }, 'HUE-LOI-KIEU', /\[0\] HUE-LOI-KIEU: description: must be text; requested_datetime: must be an ISO 8601 date and time with a zone, .*; lat: must be a number\./],
    ['an unknown status', { corrupt: 'unknown-status' }, 'HUE-LOI-TRANG-THAI', /\[0\] HUE-LOI-TRANG-THAI: status: unknown status "pending"; expected one of open, /],
  ])('stores the good records beside %s, moves the cursor on and asks for the bad one again by id', async (_name, behaviour, badId, reason) => {
    const clock = createClock();
    const { harness, health, changed } = await failSecondSync(clock, behaviour);
    expect(health.state).toBe('degraded');
    expect(health.message).toMatch(reason);
    expect(health.message).toContain('sent 1 malformed service request(s), not stored');
    expect(health.message).toContain('asked for again at every sync until it is fixed, for a day at most');
    // A record broken for good must not hold the cursor: it moves to now.
    expect(harness.ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
    // The batch went on: the good change beside the bad record is stored.
    expect(latestReports(harness.ctx.calls.records).get(changed)?.status).toBe('in_progress');
    expect(harness.ctx.calls.logs).toContainEqual({ level: 'warn', msg: 'rejected a malformed service request', fields: expect.objectContaining({ index: 0, id: badId }) });

    // Still sent by the next sync's window, it is still said.
    clock.t += MINUTE;
    await harness.sync.poll();
    expect(harness.ctx.calls.health.at(-1)?.state).toBe('degraded');
    expect(harness.ctx.cursors.get('default')).toBe(isoSeconds(clock.t));
    // Once the gateway no longer sends it, even by id, the connector stops asking and is healthy again.
    fixture.set({ corrupt: undefined });
    await recovers(clock, harness, changed);
    expect(harness.ctx.calls.logs).toContainEqual({ level: 'warn', msg: 'a malformed service request is no longer served; no longer asking for it', fields: { id: badId } });
  });

  it('is down on 401, naming the URL and what to check', async () => {
    const clock = createClock();
    const { harness, health, first } = await failSecondSync(clock, { unauthorized: true });
    expect(health).toEqual({
      state: 'down',
      message: expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:\d+\/open311\/v2\/requests\.json\?.* returned HTTP 401: .*; the gateway refused the credentials: check apiKey and jurisdictionId$/),
    });
    expect(harness.ctx.cursors.get('default')).toBe(first.cursor);
    expect(harness.ctx.calls.records).toHaveLength(first.records);
  });

  it('is down when the base URL is not a GeoReport endpoint', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    const { ctx, sync } = createHarness(`${fixture.url}wrong/`, clock);
    await sync.poll();
    expect(ctx.calls.health).toEqual([{ state: 'down', message: expect.stringMatching(/open311\/v2\/wrong\/services\.json returned HTTP 404: .*; check baseUrl/) }]);
    expect(ctx.cursors.size).toBe(0);
  });

  it('is down when nothing answers at the base URL', async () => {
    const clock = createClock();
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const { ctx, sync } = createHarness(`http://127.0.0.1:${port}/open311/v2/`, clock);
    await sync.poll();
    expect(ctx.calls.health).toEqual([{ state: 'down', message: expect.stringMatching(/ECONNREFUSED.*check baseUrl and that the gateway is reachable/) }]);
  });

  it('never lets the apiKey into a log line, a health message, a record or an alert', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    fixture.set({ apiKey: 'right-key-2025' });
    const wrong = createHarness(fixture.url, clock, { apiKey: 'wrong-key-2025' });
    await wrong.sync.poll();
    // The fixture echoes the wrong key in its error body; the message must not.
    expect(wrong.ctx.calls.health.at(-1)?.state).toBe('down');
    expect(wrong.ctx.calls.health.at(-1)?.message).toContain('api_key=***');

    const right = createHarness(fixture.url, clock, { apiKey: 'right-key-2025' });
    await right.sync.poll();
    expect(right.ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(fixture.received.at(-1)?.query.api_key).toBe('right-key-2025');
    fixture.set({ fail500: 100 });
    clock.t += MINUTE;
    await right.sync.poll();
    expect(right.ctx.calls.health.at(-1)?.state).toBe('degraded');

    for (const [harness, key] of [[wrong, 'wrong-key-2025'], [right, 'right-key-2025']] as const) {
      const emitted = JSON.stringify({ ...harness.ctx.calls, cursors: [...harness.ctx.cursors] });
      expect(emitted).not.toContain(key);
      expect(emitted).toContain('api_key=***');
    }
  });
});
