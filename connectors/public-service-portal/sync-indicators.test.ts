import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PortalFixture } from './fixture/server.js';
import { toCompact } from './local-time.js';
import { createClock, createHarness, lastSamples, startFixture, type Clock } from './test-kit.js';

let clock: Clock;
let fixture: PortalFixture;

/** `day` of June 2025 at `hour` in Huế time, as the platform writes it. */
const june = (day: number, hour = 8) => toCompact(Date.UTC(2025, 5, day, hour - 7));
const sxd = (n: string, change: Record<string, unknown>) => ({
  MaHoSo: `H46.SXD-${n}`,
  MaTTHC: '1.009972',
  DonViXuLy: 'SXD',
  TenDonViXuLy: 'Sở Xây dựng',
  NgayTiepNhan: june(2),
  NgayHenTra: june(12),
  TrangThaiHoSo: 4,
  KenhThucHien: 2,
  ...change,
});
/** Papers asked 4 June, brought 7 June; the portal moved the due date by those 3 days, 12 → 15 June. */
const moved = { NgayBoSung: june(4), NgayTiepNhanBoSung: june(7), NgayHenTraTruoc: june(12), NgayHenTraMoi: june(15) };
const result = [{ TenGiayTo: 'Giấy phép xây dựng', DuongDanTepTinKetQua: 'https://dvc.example/kq.pdf' }];

beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock, { dossiers: 0 });
  // Worked by hand on Monday 16 June 10:00 [S2c]:
  //  A done 14 June ≤ moved due 15 June: on time. 2.2 adds the time it took, 14 June − 2 June − 3 days = 9
  //    (not its ThoiGianGiaiQuyet, 10 working days: decision 0008).
  //  B done 16 June 08:00 > moved due 15 June: late (subtracting the 3 days again would give 13 June, on time).
  //    No ThoiGianGiaiQuyet: 2.2 adds 16 June − 2 June − 3 days = 11.
  //  C no NgayHenTra, received Friday 13 June + 3 working days = Wednesday 18 June; in progress: on time.
  //  D asked twice (3 and 5 June), done 6 June, well before 12 June: late. 2.2 adds 6 June − 2 June − 1 day
  //    (3 → 4 June) − 7 hours (5 June 08:00 → 15:00) = 2 days 17 hours.
  //  E no NgayHenTra, received 12 June + 1 day = 13 June < now: in progress and overdue.
  fixture.add(sxd('A', { DanhSachHoSoBoSung: [moved], NgayHenTra: june(15), TrangThaiHoSo: 9, NgayKetThucXuLy: june(14), ThoiGianGiaiQuyet: 10, DonViTinh: 'Ngày làm việc', MaKetQua: 'KQ.A', DanhSachGiayToKetQua: result }));
  fixture.add(sxd('B', { DanhSachHoSoBoSung: [moved], NgayHenTra: june(15), TrangThaiHoSo: 9, NgayKetThucXuLy: june(16), DanhSachGiayToKetQua: result }));
  fixture.add(sxd('C', { NgayTiepNhan: june(13), NgayHenTra: '', ThoiGianGiaiQuyet: 3, DonViTinh: 'Ngày làm việc' }));
  fixture.add(sxd('D', { DanhSachHoSoBoSung: [{ NgayBoSung: june(3), NgayTiepNhanBoSung: june(4) }, { NgayBoSung: june(5), NgayTiepNhanBoSung: june(5, 15) }], TrangThaiHoSo: 10, NgayKetThucXuLy: june(6), ThoiGianGiaiQuyet: 8, DonViTinh: 'Giờ' }));
  fixture.add(sxd('E', { NgayTiepNhan: june(12), NgayHenTra: '', ThoiGianGiaiQuyet: 1, DonViTinh: 'Ngày' }));
});
afterEach(() => fixture.stop());

describe('indicators of hand-worked dossiers through the connector', () => {
  it('counts supplement due-date moves, second requests, missing due dates and ThoiGianGiaiQuyet', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    const got = lastSamples(ctx);
    const province = Object.fromEntries(
      ['received', 'completed', 'on-time', 'late', 'in-progress', 'overdue', 'on-time-rate', 'processing-days', 'online-rate'].map((m) => [m, got.get(`portal.hue.${m}`)]),
    );
    expect(province).toEqual({
      received: 5,
      completed: 3,
      'on-time': 1,
      late: 2,
      'in-progress': 2,
      overdue: 1,
      // A and C of 5
      'on-time-rate': 40,
      // (9 + 11 + 2 17/24) / 3 = 7.569…
      'processing-days': 7.57,
      'online-rate': 100,
    });
    expect(got.get('portal.hue.on-time-rate.sxd')).toBe(40);
  });

  it('counts an online dossier of a paper-result procedure for 3.3 only with MaKetQua and a result file', async () => {
    const { ctx, sync } = createHarness(fixture, clock, { paperResultProcedures: ['1.009972'] });
    await sync.poll();
    // Only A has both; B has the file without MaKetQua: 1 of 5.
    expect(lastSamples(ctx).get('portal.hue.online-rate')).toBe(20);
  });

  it('has no rate to show with nothing received', async () => {
    await fixture.stop();
    fixture = await startFixture(clock, { dossiers: 0 });
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    const got = lastSamples(ctx);
    expect(got.get('portal.hue.received')).toBe(0);
    for (const rate of ['on-time-rate', 'online-rate', 'online-payment-rate', 'digitisation-rate', 'processing-days']) expect(got.has(`portal.hue.${rate}`), rate).toBe(false);
  });
});
