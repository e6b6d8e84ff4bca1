import { describe, expect, it } from 'vitest';
import { day, dossier, january } from '../test-fixture.js';
import { averageProcessingTime, onTimeRate } from './progress.js';

describe('2.1 onTimeRate', () => {
  it('divides on-time dossiers by those handled in the period, rounded to 2 decimals', () => {
    const dossiers = [
      dossier({ status: 9, finishedAt: day(8) }), // on time: day 8 ≤ day 10
      dossier({ status: 9, finishedAt: day(10, 1) }), // late: day 10 01:00 > day 10
      dossier({ receivedAt: day(28), dueAt: day(35) }), // in progress, on time: period end day 31 ≤ day 35
      dossier({ receivedAt: day(31), dueAt: day(40) }), // received in February: outside
    ];
    // 2 / 3 = 66.666…% → 66.67
    expect(onTimeRate(dossiers, january)).toEqual({ numerator: 2, denominator: 3, rate: 66.67 });
  });

  it('gives a null rate with nothing to count', () => {
    expect(onTimeRate([], january)).toEqual({ numerator: 0, denominator: 0, rate: null });
    // the only dossier ended in December
    expect(onTimeRate([dossier({ receivedAt: day(-9), dueAt: day(-2), status: 9, finishedAt: day(-3) })], january).rate).toBeNull();
  });
});

describe('2.2 averageProcessingTime', () => {
  it('averages end − start − supplement over completed dossiers received in the period', () => {
    const dossiers = [
      dossier({ receivedAt: day(1), status: 9, finishedAt: day(4, 12) }), // 3.5 days
      // status 10 only, returned day 9: day 9 − day 2 − supplement (day 3 → day 5 = 2 days) = 5 days
      dossier({ receivedAt: day(2), status: 10, returnedAt: day(9), supplements: [{ requestedAt: day(3), completedAt: day(5) }] }),
      // received day 30, done day 35 in February: 5 days, ends may fall in another period
      dossier({ receivedAt: day(30), dueAt: day(40), status: 9, finishedAt: day(35) }),
      dossier({ receivedAt: day(3) }), // in progress: not completed
      dossier({ receivedAt: day(3), status: 8, finishedAt: day(4) }), // stopped: not completed
      dossier({ receivedAt: day(-4), dueAt: day(5), status: 9, finishedAt: day(2) }), // received in December
    ];
    // (3.5 + 5 + 5) / 3 = 13.5 / 3 = 4.5
    expect(averageProcessingTime(dossiers, january)).toEqual({ dossiers: 3, averageDays: 4.5 });
  });

  it('counts the time each dossier took, not the time its procedure allows', () => {
    const dossiers = [
      // ThoiGianGiaiQuyet 15 working days, though it took 3 days: 3
      dossier({ receivedAt: day(1), status: 9, finishedAt: day(4), legalTime: { amount: 15, unit: 'working-day' } }),
      // 12 hours allowed, returned a day later: 1
      dossier({ receivedAt: day(1), status: 10, returnedAt: day(2), legalTime: { amount: 12, unit: 'hour' } }),
      // no ThoiGianGiaiQuyet: day 5 − day 1 = 4
      dossier({ receivedAt: day(1), status: 9, finishedAt: day(5) }),
      // in progress: not completed, not counted
      dossier({ receivedAt: day(1), legalTime: { amount: 30, unit: 'day' } }),
    ];
    // (3 + 1 + 4) / 3 = 2.666… → 2.67
    expect(averageProcessingTime(dossiers, january)).toEqual({ dossiers: 3, averageDays: 2.67 });
  });

  it('rounds to 2 decimals and gives null with no completed dossier', () => {
    const dossiers = [
      dossier({ receivedAt: day(1), status: 9, finishedAt: day(2) }), // 1 day
      dossier({ receivedAt: day(1), status: 9, finishedAt: day(2) }), // 1 day
      dossier({ receivedAt: day(1), status: 9, finishedAt: day(3) }), // 2 days
    ];
    // 4 / 3 = 1.333… → 1.33
    expect(averageProcessingTime(dossiers, january).averageDays).toBe(1.33);
    expect(averageProcessingTime([dossier()], january)).toEqual({ dossiers: 0, averageDays: null });
  });
});
