import { describe, expect, it } from 'vitest';
import { DAY } from '../../time.js';
import { day, dossier, january } from '../test-fixture.js';
import { assess, endOf, supplementMs } from './timeliness.js';

const onTime = (overrides: Parameters<typeof dossier>[0]): boolean | undefined => assess(dossier(overrides), january)?.onTime;

describe('2.1 verdict of one dossier', () => {
  it('is on time when done early', () => {
    // done day 8 ≤ due day 10
    expect(onTime({ status: 9, finishedAt: day(8) })).toBe(true);
  });

  it('is on time when done exactly at the due time', () => {
    // done day 10 09:00 ≤ due day 10 09:00 (equal counts as on time: "<, =")
    expect(onTime({ dueAt: day(10, 9), status: 9, finishedAt: day(10, 9) })).toBe(true);
  });

  it('is late by an hour', () => {
    // done day 10 10:00 > due day 10 09:00
    expect(onTime({ dueAt: day(10, 9), status: 9, finishedAt: day(10, 10) })).toBe(false);
  });

  it('subtracts supplement time', () => {
    // done day 12 > due day 10: late without subtracting
    expect(onTime({ status: 9, finishedAt: day(12) })).toBe(false);
    // supplement day 3 → day 6 = 3 days; day 12 − 3 days = day 9 ≤ due day 10
    expect(onTime({ status: 9, finishedAt: day(12), supplements: [{ requestedAt: day(3), completedAt: day(6) }] })).toBe(true);
  });

  it('is late after a second supplement request, however early', () => {
    // two requests (day 2, day 4); done day 6, well before due day 10 → late all the same
    const supplements = [
      { requestedAt: day(2), completedAt: day(3) },
      { requestedAt: day(4), completedAt: day(5) },
    ];
    expect(onTime({ status: 9, finishedAt: day(6), supplements })).toBe(false);
  });

  it('judges a second supplement request late even when the first moved the due date', () => {
    // first request day 2 → papers day 3, due moved from day 10 to day 11; second request day 4; done day 6
    const supplements = [
      { requestedAt: day(2), completedAt: day(3), previousDueAt: day(10), newDueAt: day(11) },
      { requestedAt: day(4), completedAt: day(5) },
    ];
    expect(onTime({ status: 9, finishedAt: day(6), supplements })).toBe(false);
    // a second request made after the end does not count: done day 6, second request day 7
    expect(onTime({ status: 9, finishedAt: day(6), supplements: [supplements[0]!, { requestedAt: day(7) }] })).toBe(true);
  });

  it('judges against NgayHenTraMoi without subtracting the supplement time again', () => {
    // request day 3 → papers day 6 (3 days); the portal moved the due date from day 10 to day 13
    const moved = { requestedAt: day(3), completedAt: day(6), previousDueAt: day(10), newDueAt: day(13) };
    // done day 13 ≤ new due day 13 → on time
    expect(onTime({ dueAt: day(13), status: 9, finishedAt: day(13), supplements: [moved] })).toBe(true);
    // done day 15 > day 13 → late; subtracting the 3 days as well would give day 12 and call it on time
    expect(onTime({ dueAt: day(13), status: 9, finishedAt: day(15), supplements: [moved] })).toBe(false);
    // a platform that leaves NgayHenTra at the old day 10: the supplement's new date is the one that holds
    expect(onTime({ dueAt: day(10), status: 9, finishedAt: day(12), supplements: [moved] })).toBe(true);
  });

  it('subtracts the supplement time when NgayHenTraMoi repeats NgayHenTraTruoc', () => {
    // the due date did not move (day 10 → day 10): day 12 − (day 3 → day 6 = 3 days) = day 9 ≤ day 10
    const same = { requestedAt: day(3), completedAt: day(6), previousDueAt: day(10), newDueAt: day(10) };
    expect(onTime({ status: 9, finishedAt: day(12), supplements: [same] })).toBe(true);
  });

  it('uses the legal working days when there is no due date', () => {
    // received Friday 3 January (day 2) 08:00 + 3 working days = Wednesday 8 January (day 7) 08:00, skipping the weekend
    const noDue = { dueAt: undefined, legalTime: { amount: 3, unit: 'working-day' as const }, receivedAt: day(2, 1), status: 9 as const };
    expect(onTime({ ...noDue, finishedAt: day(7, 1) })).toBe(true);
    expect(onTime({ ...noDue, finishedAt: day(7, 2) })).toBe(false);
    // 4 hours: received day 2 01:00 UTC, due 05:00 UTC
    expect(onTime({ ...noDue, legalTime: { amount: 4, unit: 'hour' }, finishedAt: day(2, 5) })).toBe(true);
    expect(onTime({ ...noDue, legalTime: { amount: 4, unit: 'hour' }, finishedAt: day(2, 6) })).toBe(false);
  });

  it('uses the procedure maximum when there is no due date', () => {
    const noDue = { dueAt: undefined, legalTime: { amount: 5, unit: 'day' as const }, receivedAt: day(1), status: 9 as const };
    // day 6 − day 1 = 5 days ≤ 5
    expect(onTime({ ...noDue, finishedAt: day(6) })).toBe(true);
    // day 6 01:00 − day 1 = 5 days 1 hour > 5 days
    expect(onTime({ ...noDue, finishedAt: day(6, 1) })).toBe(false);
    // day 8 − day 1 − supplement (day 2 → day 4 = 2 days) = 5 days ≤ 5
    expect(onTime({ ...noDue, finishedAt: day(8), supplements: [{ requestedAt: day(2), completedAt: day(4) }] })).toBe(true);
  });

  it('judges an in-progress dossier at the period end', () => {
    // no end status → end = period end day 31 > due day 25 → late
    expect(onTime({ receivedAt: day(20), dueAt: day(25) })).toBe(false);
    // day 31 ≤ due day 35 (5 February) → on time
    expect(onTime({ receivedAt: day(28), dueAt: day(35) })).toBe(true);
  });

  it('counts an open supplement request until the end, which puts the end back at the request', () => {
    // end = day 31; open request from day 5 → 26 days with the citizen; day 31 − 26 days = day 5 ≤ due day 10
    expect(onTime({ supplements: [{ requestedAt: day(5) }] })).toBe(true);
    expect(supplementMs(dossier({ supplements: [{ requestedAt: day(5) }] }), day(31))).toBe(26 * DAY);
  });

  it('counts a supplement completed after the period only up to the period end', () => {
    // request day 25, papers back day 36 (February); January: 31 − 25 = 6 days, day 31 − 6 days = day 25 > due day 22
    // (counting all 11 days would give day 20 and call it on time)
    const d = dossier({ receivedAt: day(15), dueAt: day(22), supplements: [{ requestedAt: day(25), completedAt: day(36) }] });
    expect(assess(d, january)?.onTime).toBe(false);
  });
});

describe('end status', () => {
  it('takes Đã xử lý xong (9) before Đã trả kết quả (10)', () => {
    const history = [
      { status: 4 as const, at: day(2) },
      { status: 10 as const, at: day(11) },
      { status: 9 as const, at: day(8) },
    ];
    const d = dossier({ status: 10, statusHistory: history });
    expect(endOf(d, january.to)).toEqual({ status: 9, at: day(8) });
    // 9's day 8 ≤ due day 10 → on time, though the result went back on day 11
    expect(assess(d, january)?.onTime).toBe(true);
  });

  it('takes done (9) before stopped (8) whatever their order', () => {
    const d = dossier({ status: 8, statusHistory: [{ status: 9, at: day(9) }, { status: 8, at: day(3) }] });
    expect(endOf(d, january.to)).toEqual({ status: 9, at: day(9) });
  });

  it('dates the current status by NgayKetThucXuLy, or NgayTra for a returned dossier without it', () => {
    expect(endOf(dossier({ status: 10, finishedAt: day(8), returnedAt: day(11) }), january.to)).toEqual({ status: 10, at: day(8) });
    expect(endOf(dossier({ status: 10, returnedAt: day(11) }), january.to)).toEqual({ status: 10, at: day(11) });
    // the history and NgayKetThucXuLy both date status 10: the earlier (day 8) is when it was reached
    expect(endOf(dossier({ status: 10, statusHistory: [{ status: 10, at: day(11) }], finishedAt: day(8) }), january.to)).toEqual({
      status: 10,
      at: day(8),
    });
    // a dossier still in progress has no end even if NgayKetThucXuLy is filled
    expect(endOf(dossier({ status: 4, finishedAt: day(8) }), january.to)).toBeUndefined();
  });

  it('ignores end statuses reached after the period', () => {
    // done day 33 (3 February), due day 32
    const d = dossier({ receivedAt: day(25), dueAt: day(32), status: 9, finishedAt: day(33) });
    // January: still in progress at day 31 ≤ due day 32 → on time
    expect(assess(d, january)).toEqual({ endAt: day(31), onTime: true });
    // February: done day 33 > due day 32 → late
    expect(assess(d, { from: day(31), to: day(59) })).toEqual({ end: { status: 9, at: day(33) }, endAt: day(33), onTime: false });
  });
});

describe('dossiers handled in the period', () => {
  it('excludes dossiers received after it or ended before it', () => {
    expect(assess(dossier({ receivedAt: day(31), dueAt: day(40) }), january)).toBeUndefined();
    expect(assess(dossier({ receivedAt: day(-10), dueAt: day(-3), status: 9, finishedAt: day(-2) }), january)).toBeUndefined();
  });

  it('includes dossiers carried over from the previous period', () => {
    // received day −5 (27 December), done day 3 ≤ due day 5
    expect(assess(dossier({ receivedAt: day(-5), dueAt: day(5), status: 9, finishedAt: day(3) }), january)?.onTime).toBe(true);
  });

  it('handles nothing in an empty period', () => {
    expect(assess(dossier(), { from: day(5), to: day(5) })).toBeUndefined();
  });
});
