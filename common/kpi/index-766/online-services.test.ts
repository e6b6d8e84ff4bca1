import { describe, expect, it } from 'vitest';
import { day, dossier, january } from '../test-fixture.js';
import { onlinePaymentRate, onlineSubmissionRate } from './online-services.js';

describe('3.3 onlineSubmissionRate', () => {
  const dossiers = [
    dossier({ channel: 2 }),
    dossier({ channel: null }), // counts as in person
    dossier({ channel: 3 }),
    dossier({ channel: 2, receivedAt: day(31), dueAt: day(40) }), // February: outside
  ];

  it('divides online dossiers by those received', () => {
    // 1 / 3 = 33.333…% → 33.33
    expect(onlineSubmissionRate(dossiers, january)).toEqual({ numerator: 1, denominator: 3, rate: 33.33 });
  });

  it('multiplies by the sync rate', () => {
    // 1 / 3 × 0.9 × 100 = 30
    expect(onlineSubmissionRate(dossiers, january, 0.9).rate).toBe(30);
    expect(() => onlineSubmissionRate(dossiers, january, 90)).toThrow(/syncRate must be from 0 to 1, got 90/);
  });

  it('needs an electronic result of an online dossier whose procedure issues a paper result', () => {
    const paper = [
      dossier({ channel: 2, paperResult: true, electronicResult: true }), // online
      dossier({ channel: 2, paperResult: true, electronicResult: false }), // not online: paper result only
      dossier({ channel: 2, paperResult: true }), // not online: no electronic result known
      dossier({ channel: 2, paperResult: false }), // online: no paper result issued
    ];
    // 2 / 4 = 50%
    expect(onlineSubmissionRate(paper, january)).toEqual({ numerator: 2, denominator: 4, rate: 50 });
  });

  it('gives a null rate with nothing received', () => {
    expect(onlineSubmissionRate([], january).rate).toBeNull();
  });
});

describe('3.6 onlinePaymentRate', () => {
  it('divides dossiers paid online by fee-bearing dossiers', () => {
    const dossiers = [
      dossier({ hasFees: true, paidOnline: 1 }),
      dossier({ hasFees: true, paidOnline: 2 }),
      dossier({ hasFees: true, paidOnline: 0 }),
      dossier({ hasFees: true }),
      dossier({ hasFees: false, paidOnline: 1 }), // no fees: in neither count
      dossier({ paidOnline: 1 }), // fees unknown: in neither count
      dossier({ hasFees: true, paidOnline: 1, receivedAt: day(-5), dueAt: day(5) }), // December
    ];
    // 2 / 4 = 50%
    expect(onlinePaymentRate(dossiers, january)).toEqual({ numerator: 2, denominator: 4, rate: 50 });
  });

  it('gives a null rate with no fee-bearing dossier', () => {
    expect(onlinePaymentRate([dossier({ hasFees: false })], january)).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});
