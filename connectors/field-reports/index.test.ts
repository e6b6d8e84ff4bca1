import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeContext } from '../sdk/fake-context.js';
import type { Open311Fixture } from './fixture/server.js';
import { createFieldReportsConnector, fieldReports } from './index.js';
import { createClock, fastHttp, requestsOf, startFixture } from './test-kit.js';

let fixture: Open311Fixture;
afterEach(async () => {
  vi.useRealTimers();
  await fixture?.stop();
});

/** Lets sockets and promises run; setImmediate stays real when only timeouts are faked. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

describe('field-reports connector', () => {
  it('is a kebab-case type with a config schema', () => {
    expect(fieldReports.id).toBe('field-reports');
    expect(fieldReports.configSchema.safeParse({ baseUrl: 'https://gateway.hue.gov.vn/open311/v2/' }).success).toBe(true);
    expect(fieldReports.configSchema.safeParse({}).success).toBe(false);
  });

  it('syncs at once on start, then every pollMs, and emits nothing after stop', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const connector = createFieldReportsConnector(fastHttp);
    const options = connector.configSchema.parse({ baseUrl: fixture.url, pollMs: 5000 });
    const ctx = createFakeContext(options, { now: clock.now });
    const running = await connector.start(ctx);

    await until(() => ctx.calls.health.length === 1);
    expect(ctx.calls.health[0]?.state).toBe('ok');
    const first = requestsOf(fixture).length;

    clock.t += 5000;
    await vi.advanceTimersByTimeAsync(4999);
    expect(requestsOf(fixture)).toHaveLength(first);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => ctx.calls.health.length === 2);
    // The second reads again from five minutes (overlapSeconds) before the first ended, then asks for the open reports by id.
    const dated = requestsOf(fixture).filter((q) => q.query.service_request_id === undefined && q.query.status === undefined);
    expect(dated.map((q) => q.query.start_date)).toEqual(['2025-05-03T03:00:00Z', '2025-06-02T02:55:00Z']);

    ctx.abort();
    await running.stop();
    const calls = JSON.stringify(ctx.calls);
    const asked = fixture.received.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fixture.received).toHaveLength(asked);
    expect(JSON.stringify(ctx.calls)).toBe(calls);
  });

  it('stops during a slow first sync without reporting anything', async () => {
    const clock = createClock();
    fixture = await startFixture(clock);
    fixture.set({ delayNext: 1, delayMs: 5000 });
    const connector = createFieldReportsConnector({ ...fastHttp, timeoutMs: 10_000 });
    const ctx = createFakeContext(connector.configSchema.parse({ baseUrl: fixture.url }), { now: clock.now });
    const running = await connector.start(ctx);
    await until(() => fixture.received.length === 1);
    const started = performance.now();
    ctx.abort();
    await running.stop();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ctx.calls.health).toEqual([]);
    expect(ctx.calls.records).toEqual([]);
  });
});
