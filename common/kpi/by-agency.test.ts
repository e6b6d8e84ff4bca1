import { describe, expect, it } from 'vitest';
import type { DossierCounts } from './dossier-counts.js';
import { dossierCounts } from './dossier-counts.js';
import { byAgency, provinceTotals } from './by-agency.js';
import { day, dossier, january } from './test-fixture.js';

const stp = { agencyCode: 'stp', agencyName: 'Sở Tư pháp' };
const sxd = { agencyCode: 'sxd', agencyName: 'Sở Xây dựng' };

// Listed sxd first so that the sort is tested.
const dossiers = [
  // x1: carried over from December, done day 2 ≤ due day 5: completed on time
  dossier({ ...sxd, agencyName: 'Sở Xây dựng (tên cũ)', code: 'x1', receivedAt: day(-3), dueAt: day(5), status: 9, finishedAt: day(2) }),
  // x2: online, withdrawn day 9 ≤ due day 15
  dossier({ ...sxd, code: 'x2', receivedAt: day(6), dueAt: day(15), channel: 2, status: 7, finishedAt: day(9) }),
  // x3: by post, in progress, due day 30
  dossier({ ...sxd, code: 'x3', receivedAt: day(10), dueAt: day(30), channel: 3 }),
  // x4: received and done in December: not counted
  dossier({ ...sxd, code: 'x4', receivedAt: day(-10), dueAt: day(-2), status: 9, finishedAt: day(-5) }),
  // s1: online, done day 8 ≤ due day 10
  dossier({ ...stp, code: 's1', receivedAt: day(2), channel: 2, status: 9, finishedAt: day(8) }),
  // s2: Đã xử lý xong day 12 > due day 10, then returned: completed late
  dossier({ ...stp, code: 's2', receivedAt: day(3), status: 10, statusHistory: [{ status: 9, at: day(12) }, { status: 10, at: day(13) }] }),
  // s3: in progress, due day 15
  dossier({ ...stp, code: 's3', receivedAt: day(5), dueAt: day(15) }),
  // s4: in progress, due day 25
  dossier({ ...stp, code: 's4', receivedAt: day(18), dueAt: day(25) }),
  // s5: refused at reception day 4 ≤ due day 10
  dossier({ ...stp, code: 's5', receivedAt: day(4), status: 3, finishedAt: day(4) }),
  // snv: an agency whose only dossier ended in December gets no row
  dossier({ agencyCode: 'snv', agencyName: 'Sở Nội vụ', code: 'n1', receivedAt: day(-9), dueAt: day(-1), status: 9, finishedAt: day(-4) }),
];

describe('counts in a running month (now = day 20)', () => {
  const now = day(20);

  it('counts each agency up to now', () => {
    // s3: day 20 > due day 15 → overdue; s4: day 20 ≤ due day 25 → not yet
    expect(dossierCounts(dossiers.filter((d) => d.agencyCode === 'stp'), january, now)).toEqual({
      received: 5, // s1–s5
      completed: 2, // s1, s2
      completedOnTime: 1, // s1
      completedLate: 1, // s2
      inProgress: 2, // s3, s4
      inProgressOverdue: 1, // s3
      returnedOrWithdrawn: 1, // s5
      online: 1, // s1
    });
  });

  it('gives one row per agency, sorted by code, with rates', () => {
    const rows = byAgency(dossiers, january, now);
    expect(rows.map((r) => r.agencyCode)).toEqual(['stp', 'sxd']);
    expect(rows[0]).toMatchObject({
      ...stp,
      // on time: s1, s4 (day 20 ≤ 25), s5 (day 4 ≤ 10); late: s2, s3 (day 20 > 15) → 3 / 5 = 60%
      onTimeRate: 60,
      // online: s1 of 5 received → 20%
      onlineRate: 20,
      // completed and received in January: s1 day 2 → 8 = 6 days, s2 day 3 → 12 (status 9) = 9 days → 15 / 2 = 7.5
      averageProcessingDays: 7.5,
    });
    expect(rows[1]).toEqual({
      // the name of the latest received dossier (x3), not x1's
      ...sxd,
      received: 2, // x2, x3; x1 came from December
      completed: 1, // x1
      completedOnTime: 1,
      completedLate: 0,
      inProgress: 1, // x3
      inProgressOverdue: 0, // day 20 ≤ due day 30
      returnedOrWithdrawn: 1, // x2
      online: 1, // x2
      // x1 (day 2 ≤ 5), x2 (day 9 ≤ 15), x3 (day 20 ≤ 30) → 3 / 3 = 100%
      onTimeRate: 100,
      // x2 of 2 received → 50%
      onlineRate: 50,
      // no dossier says it has fees → N/A
      onlinePaymentRate: null,
      // x2, x3 received, neither with digitised components and result → 0 / 2 = 0%
      digitisationRate: 0,
      // x1, the only completed one, came from December → N/A
      averageProcessingDays: null,
    });
  });

  it('gives province totals equal to the sums of the rows, with rates over all dossiers', () => {
    const rows = byAgency(dossiers, january, now);
    const totals = provinceTotals(dossiers, january, now);
    const keys: (keyof DossierCounts)[] = [
      'received', 'completed', 'completedOnTime', 'completedLate', 'inProgress', 'inProgressOverdue', 'returnedOrWithdrawn', 'online',
    ];
    for (const key of keys) expect(totals[key], key).toBe(rows.reduce((sum, r) => sum + r[key], 0));
    // received 5 + 2 = 7; in progress 2 + 1 = 3
    expect(totals).toMatchObject({ received: 7, inProgress: 3 });
    // on time (3 + 3) / (5 + 3) = 6 / 8 = 75%; online 2 / 7 = 28.571…% → 28.57
    expect(totals).toMatchObject({ onTimeRate: 75, onlineRate: 28.57 });
    // 2.2 over s1 and s2 as for Sở Tư pháp: 7.5 days; 4.2: 0 of 7
    expect(totals).toMatchObject({ averageProcessingDays: 7.5, digitisationRate: 0, onlinePaymentRate: null });
  });
});

describe('the 766 rates of a summary', () => {
  it('counts online payment (3.6) and digitisation (4.2) over the dossiers received in the elapsed period', () => {
    const paid = { hasFees: true, paidOnline: 1 as const, componentsDigitised: true, resultDigitised: true, status: 9 as const, finishedAt: day(4) };
    const rows = [
      dossier({ code: 'p1', ...paid }),
      dossier({ code: 'p2', hasFees: true, paidOnline: 0, componentsDigitised: true }),
      dossier({ code: 'p3', hasFees: false, componentsDigitised: true, resultDigitised: true, status: 9, finishedAt: day(7) }),
      // received day 25: after now (day 20), so in neither count
      dossier({ code: 'p4', ...paid, receivedAt: day(25), dueAt: day(30), finishedAt: day(26) }),
    ];
    // 3.6: p1 paid of p1, p2 with fees → 50%; 4.2: p1, p3 of p1–p3 → 66.67%;
    // 2.2: p1 day 1 → 4 = 3 days, p3 day 1 → 7 = 6 days → 4.5
    expect(provinceTotals(rows, january, day(20))).toMatchObject({ onlinePaymentRate: 50, digitisationRate: 66.67, averageProcessingDays: 4.5 });
  });
});

describe('counts of a closed month (now = day 40)', () => {
  it('judges in-progress dossiers at the period end', () => {
    const [stpRow] = byAgency(dossiers, january, day(40));
    // s4 is now judged at day 31 > due day 25: overdue; on time s1, s5 → 2 / 5 = 40%
    expect(stpRow).toMatchObject({ inProgress: 2, inProgressOverdue: 2, onTimeRate: 40 });
  });
});

describe('no dossiers', () => {
  it('gives no rows and null rates', () => {
    expect(byAgency([], january, day(40))).toEqual([]);
    expect(provinceTotals([], january, day(40))).toMatchObject({
      received: 0,
      onTimeRate: null,
      onlineRate: null,
      onlinePaymentRate: null,
      digitisationRate: null,
      averageProcessingDays: null,
    });
  });
});
