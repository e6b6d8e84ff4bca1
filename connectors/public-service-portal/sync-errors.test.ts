import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE } from '../../common/time.js';
import type { PortalFixture, PortalFixtureBehaviour } from './fixture/server.js';
import { createClock, createHarness, startFixture, type Clock, type Harness } from './test-kit.js';

let clock: Clock;
let fixture: PortalFixture;
let h: Harness;

beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock, { dossiers: 60 });
  h = createHarness(fixture, clock, {}, { tuning: { timeoutMs: 300, retries: 1, backoff: { baseMs: 1, capMs: 2 }, maxResponseBytes: 1024 * 1024 } });
  await h.sync.poll();
  clock.t += 5 * MINUTE;
});
afterEach(() => fixture.stop());

const secret = () => fixture.credentials.password;
const everything = () => JSON.stringify([h.ctx.calls.health, h.ctx.calls.logs]);

/** A failed poll: the expected state, the stored data and the cursor untouched, the password nowhere. */
async function failWith(change: Partial<PortalFixtureBehaviour>, state: 'degraded' | 'down', message: RegExp): Promise<void> {
  const records = h.ctx.calls.records.length;
  const cursor = h.ctx.cursors.get('default');
  fixture.set(change);
  await h.sync.poll();
  expect(h.ctx.calls.health.at(-1)).toMatchObject({ state, message: expect.stringMatching(message) });
  expect(h.ctx.calls.records.length).toBe(records);
  expect(h.ctx.cursors.get('default')).toBe(cursor);
  expect(everything()).not.toContain(secret());
}

describe('integration sync failures', () => {
  it('500s are degraded and name the redacted URL', () => failWith({ fail500: 5 }, 'degraded', /^POST http:\/\/127\.0\.0\.1:\d+\/integration returned HTTP 500.*\(2 attempts\)$/));
  it('a timeout is degraded', () => failWith({ delayNext: 5, delayMs: 1000 }, 'degraded', /timed out/));
  it('malformed JSON is degraded', () => failWith({ corrupt: 'malformed' }, 'degraded', /does not parse/));
  it('a 50 MB body is cut off and degraded', () => failWith({ corrupt: 'huge' }, 'degraded', /\/integration/));
  it('a refused login is down, and the echoed password is scrubbed', async () => {
    fixture.set({ expireSessions: 1 });
    await failWith({ refuseAuth: true }, 'down', /^POST http:\/\/127\.0\.0\.1:\d+\/auth refused the login \(error_code 1\): Sai tên đăng nhập hoặc mật khẩu \(\*\*\*\); check username and password$/);
  });
  it('a wrong path is down', async () => {
    const wrong = createHarness(fixture, clock, { integrationPath: '/lgsp/integration' });
    await wrong.sync.poll();
    expect(wrong.ctx.calls.health.at(-1)).toMatchObject({ state: 'down', message: expect.stringMatching(/\/lgsp\/integration returned HTTP 404.*check baseUrl/) });
  });
  it('nothing listening is down', async () => {
    await fixture.stop();
    const gone = createHarness(fixture, clock, {}, { tuning: { retries: 0 } });
    await gone.sync.poll();
    expect(gone.ctx.calls.health.at(-1)).toMatchObject({ state: 'down', message: expect.stringMatching(/check baseUrl/) });
    fixture = await startFixture(clock);
  });

  it('stores the good records of a batch, rejects the bad ones by index and reason, and holds the cursor', async () => {
    fixture.update(String(fixture.dossiers[0]?.record.MaHoSo), { GhiChu: 'cập nhật' });
    for (const corrupt of ['wrong-types', 'unknown-status'] as const) {
      fixture.set({ corrupt });
      const before = h.ctx.calls.records.length;
      await h.sync.poll();
      expect(h.ctx.calls.records.length).toBe(before + 1);
    }
    const [wrong, unknown] = h.ctx.calls.health.slice(-2).map((x) => x.message ?? '');
    expect(wrong).toMatch(/sent 1 malformed dossier\(s\), not stored: \[0\] MaTTHC: .*NgayTiepNhan: "hôm qua" is neither yyyyMMddHHmmss nor an ISO 8601 date/);
    expect(unknown).toMatch(/\[0\] TrangThaiHoSo: unknown status 11: TrangThaiHoSo runs from 1 to 10\. The cursor stays at 2025-06-16T10:00:00\+07:00/);
    expect(h.ctx.calls.health.at(-1)?.state).toBe('degraded');
    expect(h.ctx.cursors.get('default')).toBe('2025-06-16T10:00:00+07:00');
    fixture.set({ corrupt: undefined });
    await h.sync.poll();
    expect(h.ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(h.ctx.cursors.get('default')).toBe('2025-06-16T10:05:00+07:00');
  });

  it('logs in again once on an expired session', async () => {
    const logins = () => fixture.received.filter((r) => r.path === '/auth').length;
    expect(logins()).toBe(1);
    fixture.set({ expireSessions: 1 });
    await h.sync.poll();
    expect(h.ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(logins()).toBe(2);
    fixture.set({ expireSessions: 2 });
    await h.sync.poll();
    expect(logins()).toBe(3);
    expect(h.ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringMatching(/refused a fresh session \(error_code 2: Phiên làm việc đã hết hạn\)/) });
    // The password went only in login bodies, never to the integration endpoint.
    expect(JSON.stringify(fixture.received.filter((r) => r.path === '/integration'))).not.toContain(secret());
    expect(everything()).not.toContain(secret());
  });
});
