import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../common/time.js';
import type { PortalFixture } from './fixture/server.js';
import { toCompact } from './local-time.js';
import { createClock, createHarness, lastSamples, startFixture, type Clock } from './test-kit.js';

let clock: Clock;
let fixture: PortalFixture;

/** A dossier of the Sở Tư pháp received on `day` of June at 08:00, due `dueDay`, in Huế time. */
const at = (day: number, hour = 8) => Date.UTC(2025, 5, day, hour - 7);
const stp = (n: number, change: Record<string, unknown>) => ({
  MaHoSo: `H46.STP-T${n}`,
  MaTTHC: '2.000488',
  TenTTHC: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
  DonViXuLy: 'STP',
  TenDonViXuLy: 'Sở Tư pháp',
  NgayTiepNhan: toCompact(at(2)),
  NgayHenTra: toCompact(at(12)),
  TrangThaiHoSo: 4,
  KenhThucHien: 2,
  ...change,
});

beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock, { dossiers: 0 });
  // Hand-checked 2.1 for the Sở Tư pháp on 16 June 10:00 [S2c]:
  //  T1 done 10 June, due 12 June: on time.         T2 done 13 June, due 12 June: late.
  //  T3 in progress, due 12 June: overdue (judged at now), late.
  //  T4 done 11 June with two supplement requests: late however early.
  //  T5 in progress, due 20 June: on time.
  // On time 2 of 5 = 40% → below 90%: one alert. Completed 3 (1 on time, 2 late), in progress 2 (1 overdue), online 5/5.
  fixture.add(stp(1, { TrangThaiHoSo: 9, NgayKetThucXuLy: toCompact(at(10)) }));
  fixture.add(stp(2, { TrangThaiHoSo: 9, NgayKetThucXuLy: toCompact(at(13)) }));
  fixture.add(stp(3, {}));
  fixture.add(
    stp(4, {
      TrangThaiHoSo: 10,
      NgayKetThucXuLy: toCompact(at(11)),
      NgayTra: toCompact(at(11, 9)),
      DanhSachHoSoBoSung: [
        { NgayYeuCauBoSung: toCompact(at(3)), NgayBoSung: toCompact(at(4)) },
        { NgayYeuCauBoSung: toCompact(at(5)), NgayBoSung: toCompact(at(6)) },
      ],
    }),
  );
  fixture.add(stp(5, { NgayHenTra: toCompact(at(20)) }));
});
afterEach(() => fixture.stop());

describe('on-time alerts', () => {
  it('counts the hand-checked agency and raises one alert per agency per day', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    const v = lastSamples(ctx);
    expect(['received', 'completed', 'on-time', 'late', 'in-progress', 'overdue', 'on-time-rate', 'online-rate'].map((m) => v.get(`portal.hue.${m}.stp`))).toEqual([
      5, 3, 1, 2, 2, 1, 40, 100,
    ]);
    expect(ctx.calls.alerts).toHaveLength(1);
    expect(ctx.calls.alerts[0]).toMatchObject({
      sourceRef: 'on-time:2025-06-16:STP',
      severity: 'minor',
      category: 'dossier',
      title: 'Tỷ lệ hồ sơ đúng hạn của Sở Tư pháp xuống 40%',
    });
    clock.t += HOUR;
    await sync.poll();
    expect(ctx.calls.alerts).toHaveLength(1);
    clock.t += DAY;
    await sync.poll();
    expect(ctx.calls.alerts.map((a) => a.sourceRef)).toEqual(['on-time:2025-06-16:STP', 'on-time:2025-06-17:STP']);
  });

  it('raises none while the rate stays at or above 90%', async () => {
    for (const n of [2, 3, 4]) fixture.update(`H46.STP-T${n}`, { TrangThaiHoSo: 9, NgayKetThucXuLy: toCompact(at(9)), DanhSachHoSoBoSung: [] });
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    expect(lastSamples(ctx).get('portal.hue.on-time-rate.stp')).toBe(100);
    expect(ctx.calls.alerts).toEqual([]);
  });
});
