import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../common/time.js';
import type { PortalFixture } from './fixture/server.js';
import { periodAt, toCompact } from './local-time.js';
import { codes, createClock, createHarness, expectedSamples, ids, integrationBodies, isOpen, lastSamples, queryOf, startFixture, type Clock } from './test-kit.js';

let clock: Clock;
let fixture: PortalFixture;

beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock);
});
afterEach(() => fixture.stop());

const june = periodAt('month', Date.UTC(2025, 5, 16));

describe('integration sync', () => {
  it('first sync reads the period from its start and every open dossier, stores them with the reporter apart, and sets the cursor', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'ok' });
    expect(ctx.calls.health.at(-1)?.latencyMs).toBeGreaterThanOrEqual(0);
    const bodies = integrationBodies(fixture);
    expect(bodies[0]).toMatchObject({ madonvi: '000.00.00.H46', service: 'DongBoHoSoMC', isUpdating: true, data: [{ Trang: 1 }] });
    expect(bodies.map(queryOf)).toEqual([['20250601000000', '20250616100000'], [1, 2, 4, 5, 6]]);
    expect(fixture.received.filter((r) => r.path === '/auth')).toHaveLength(1);
    const wanted = fixture.dossiers.filter((d) => (d.updatedAt >= june.from && d.updatedAt <= clock.t) || isOpen(d.record.TrangThaiHoSo));
    expect(ids(ctx.calls.records).sort()).toEqual(codes(wanted));
    const stored = ctx.calls.records[0];
    expect(stored?.kind).toBe('dossier');
    expect(stored?.data).toHaveProperty('personal.name');
    expect(stored?.data).not.toHaveProperty('ChuHoSo');
    expect(ctx.cursors.get('default')).toBe('2025-06-16T10:00:00+07:00');
  });

  it('counts the open dossiers carried over from before the period, on 16 June and on 3 July', async () => {
    for (const t of [clock.t, Date.UTC(2025, 6, 3, 3)]) {
      await fixture.stop();
      clock = createClock(t);
      fixture = await startFixture(clock, { seed: 20251 });
      const month = periodAt('month', t);
      const carried = fixture.dossiers.filter((d) => isOpen(d.record.TrangThaiHoSo) && d.updatedAt < month.from);
      // The default fixture has such dossiers on both days (59 and 107 of 115 open ones): the sync must not miss them.
      expect(carried.length, new Date(t).toISOString()).toBeGreaterThan(40);
      const { ctx, sync } = createHarness(fixture, clock);
      await sync.poll();
      expect(ids(ctx.calls.records)).toEqual(expect.arrayContaining(codes(carried)));
      const got = lastSamples(ctx);
      const want = expectedSamples(fixture, t);
      expect(got.get('portal.hue.in-progress')).toBe(fixture.dossiers.filter((d) => isOpen(d.record.TrangThaiHoSo)).length);
      for (const metric of ['in-progress', 'overdue', 'on-time-rate']) expect(got.get(`portal.hue.${metric}`), metric).toBe(want.get(`portal.hue.${metric}`));
    }
  });

  it('an incremental sync asks from the cursor less the overlap and stores only what changed', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    const before = ctx.calls.records.length;
    clock.t += 5 * MINUTE;
    const target = fixture.dossiers.find((d) => d.record.TrangThaiHoSo === 4);
    fixture.update(String(target?.record.MaHoSo), { TrangThaiHoSo: 9, NgayKetThucXuLy: toCompact(clock.t) });
    await sync.poll();
    // 10 minutes before the 10:00 cursor; the open dossiers are asked only once per run.
    expect(integrationBodies(fixture).slice(2).map(queryOf)).toEqual([['20250616095000', '20250616100500']]);
    expect(ids(ctx.calls.records.slice(before))).toEqual([target?.record.MaHoSo]);
    expect(ctx.calls.records.at(-1)?.data).toMatchObject({ status: 9, finishedAt: clock.t });
    // The same session is reused: no second login.
    expect(fixture.received.filter((r) => r.path === '/auth')).toHaveLength(1);
  });

  it('picks up a record committed upstream after its window was read, within the overlap', async () => {
    for (const overlapMs of [0, 600_000]) {
      const { ctx, sync } = createHarness(fixture, clock, { overlapMs });
      await sync.poll();
      // Stamped 09:58, two minutes before the cursor, but committed (visible) only after the 10:00 poll.
      const code = `H46.SXD-MUON-${overlapMs}`;
      fixture.add({ MaHoSo: code, MaTTHC: '1.009972', DonViXuLy: 'SXD', TenDonViXuLy: 'Sở Xây dựng', NgayTiepNhan: '20250616095500', NgayHenTra: '20250707095500', TrangThaiHoSo: 2 });
      const late = fixture.dossiers.at(-1)!;
      late.updatedAt = clock.t - 2 * MINUTE;
      clock.t += 5 * MINUTE;
      await sync.poll();
      expect(ids(ctx.calls.records).filter((id) => id === code), `overlap ${overlapMs}`).toEqual(overlapMs === 0 ? [] : [code]);
      clock.t -= 5 * MINUTE;
    }
  });

  it('after a restart resumes from the cursor, refills the period into memory, stores only what is new, and counts the same', async () => {
    const first = createHarness(fixture, clock);
    await first.sync.poll();
    const cursor = first.ctx.cursors.get('default') ?? '';
    clock.t += HOUR;
    const fresh = createHarness(fixture, clock, {}, { cursors: { default: cursor } });
    const sent = fixture.received.length;
    await fresh.sync.poll();
    const bodies = integrationBodies({ ...fixture, received: fixture.received.slice(sent) } as PortalFixture);
    expect(bodies.map(queryOf)).toEqual([
      ['20250601000000', '20250616100000'],
      ['20250616095000', '20250616110000'],
      [1, 2, 4, 5, 6],
    ]);
    expect(fresh.ctx.calls.records).toEqual([]);
    expect(fresh.ctx.cursors.get('default')).toBe('2025-06-16T11:00:00+07:00');
    expect(lastSamples(fresh.ctx)).toEqual(expectedSamples(fixture, clock.t));
  });

  it('emits per-agency and province metrics equal to counts worked out from the raw records', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    const expected = expectedSamples(fixture, clock.t);
    expect(lastSamples(ctx)).toEqual(expected);
    expect(expected.get('portal.hue.on-time-rate.sxd')).toBeTypeOf('number');
    // The fixture pays some fees online, files most results and moves some due dates: every indicator has something to count.
    for (const metric of ['online-payment-rate', 'digitisation-rate', 'processing-days', 'overdue', 'late']) expect(expected.get(`portal.hue.${metric}`), metric).toBeGreaterThan(0);
    const declared = ctx.calls.series.find((s) => s.id === 'portal.hue.on-time-rate.p-thuanhoa');
    expect(declared).toMatchObject({ name: 'Tỷ lệ hồ sơ đúng hạn (chỉ số 2.1) trong tháng: UBND phường Thuận Hóa', unit: '%' });
    expect(declared?.labels).toEqual({ service: 'dossiers', agency: 'P-THUANHOA', metric: 'on-time-rate', province: '46' });
  });

  it('the default fixture has the cases the indicators turn on', () => {
    const records = fixture.dossiers.map((d) => d.record);
    const supplements = records.flatMap((r) => r.DanhSachHoSoBoSung as Record<string, string>[]);
    expect(records.filter((r) => r.NgayHenTra === '').length, 'no due date').toBeGreaterThan(5);
    expect(records.filter((r) => r.ThoiGianGiaiQuyet === undefined).length, 'no ThoiGianGiaiQuyet').toBeGreaterThan(5);
    expect(records.filter((r) => (r.DanhSachHoSoBoSung as unknown[]).length > 1).length, 'second supplement').toBeGreaterThan(0);
    expect(supplements.filter((s) => s.NgayHenTraMoi !== undefined).length, 'moved due date').toBeGreaterThan(0);
    expect(supplements.filter((s) => s.NgayTiepNhanBoSung === undefined).length, 'open supplement').toBeGreaterThan(0);
  });
});
