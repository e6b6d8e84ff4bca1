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
  it('a 50 MB body is cut off at the default 10 MB limit and degraded', async () => {
    // The client as the connector makes it, with its real size limit; a timeout long enough to read 10 MB.
    h = createHarness(fixture, clock, {}, { tuning: { timeoutMs: 60_000, retries: 0 } });
    await h.sync.poll();
    const before = h.ctx.calls.samples.length;
    clock.t += 5 * MINUTE;
    await failWith({ corrupt: 'huge' }, 'degraded', /^POST http:\/\/127\.0\.0\.1:\d+\/integration sent a response larger than the limit of 10485760 bytes/);
    // Nothing was counted from the cut-off page: no new samples, the wall keeps the last good values.
    expect(h.ctx.calls.samples.length).toBe(before);
  });
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

  it('rejects a malformed record with its reason, stores the rest, and moves the cursor past it', async () => {
    const good = String(fixture.dossiers[0]?.record.MaHoSo);
    fixture.update(good, { SoDienThoai: '0911111111' });
    fixture.set({ corrupt: 'wrong-types' });
    const before = h.ctx.calls.records.length;
    await h.sync.poll();
    expect(h.ctx.calls.records.slice(before).map((r) => r.id)).toEqual([good]);
    expect(h.ctx.calls.health.at(-1)).toMatchObject({
      state: 'degraded',
      message: expect.stringMatching(/sent 1 malformed dossier\(s\), not stored: \[0\] H46\.LOI-KIEU: MaTTHC: .*NgayTiepNhan: "hôm qua" is neither yyyyMMddHHmmss nor an ISO 8601 date\. The sync went on past them/),
    });
    expect(h.ctx.calls.logs.at(-1)).toMatchObject({ level: 'warn', fields: { code: 'H46.LOI-KIEU', reason: expect.stringMatching(/^MaTTHC: /) } });
    // One record that will never validate must not hold back the others: the cursor moves on.
    expect(h.ctx.cursors.get('default')).toBe('2025-06-16T10:05:00+07:00');

    fixture.set({ corrupt: 'unknown-status' });
    clock.t += 5 * MINUTE;
    fixture.add({ MaHoSo: 'H46.SXD-MOI', MaTTHC: '1.009972', DonViXuLy: 'SXD', NgayTiepNhan: '20250616100800', NgayHenTra: '20250707100800', TrangThaiHoSo: 2 });
    await h.sync.poll();
    expect(h.ctx.calls.records.at(-1)?.id).toBe('H46.SXD-MOI');
    expect(h.ctx.calls.health.at(-1)?.message).toMatch(
      /\[0\] H46\.LOI-TRANG-THAI: TrangThaiHoSo: unknown status 11: TrangThaiHoSo runs from 1 to 10\. The sync went on past them; .*; 2 rejected dossier\(s\) not yet read in a valid form$/,
    );
    expect(h.ctx.cursors.get('default')).toBe('2025-06-16T10:10:00+07:00');

    // The platform fixes one of them: health is ok again, and still counts the other.
    fixture.set({ corrupt: undefined });
    fixture.add({ MaHoSo: 'H46.LOI-TRANG-THAI', MaTTHC: '1.009972', DonViXuLy: 'SXD', NgayTiepNhan: '20250601080000', NgayHenTra: '20250616080000', TrangThaiHoSo: 4 });
    clock.t += 5 * MINUTE;
    await h.sync.poll();
    expect(h.ctx.calls.records.at(-1)?.id).toBe('H46.LOI-TRANG-THAI');
    expect(h.ctx.calls.health.at(-1)).toMatchObject({ state: 'ok', message: expect.stringMatching(/; 1 rejected dossier\(s\) not yet read in a valid form$/) });
  });

  it('a dossier without NgayHenTra is judged by ThoiGianGiaiQuyet, stored, and leaves health ok', async () => {
    fixture.add({ MaHoSo: 'H46.STP-KHONG-HAN', MaTTHC: '2.000488', DonViXuLy: 'STP', NgayTiepNhan: '20250602080000', NgayHenTra: '', ThoiGianGiaiQuyet: 10, DonViTinh: 'Ngày làm việc', TrangThaiHoSo: 4 });
    await h.sync.poll();
    expect(h.ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(h.ctx.calls.records.at(-1)).toMatchObject({ id: 'H46.STP-KHONG-HAN', data: { legalTime: { amount: 10, unit: 'working-day' } } });
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
