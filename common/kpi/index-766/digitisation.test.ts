import { describe, expect, it } from 'vitest';
import { day, dossier, january } from '../test-fixture.js';
import { digitisationRate, reuseRate } from './digitisation.js';

const dossiers = [
  dossier({ componentsDigitised: true, resultDigitised: true, reusedData: true }),
  dossier({ componentsDigitised: true, reusedData: true }),
  dossier({ resultDigitised: true, reusedData: true }),
  dossier({}),
  dossier({ componentsDigitised: true, resultDigitised: true, reusedData: true, receivedAt: day(31), dueAt: day(40) }), // February
];

describe('4.2 digitisationRate', () => {
  it('counts dossiers with both components and result digitised', () => {
    // 1 / 4 = 25%
    expect(digitisationRate(dossiers, january)).toEqual({ numerator: 1, denominator: 4, rate: 25 });
    expect(digitisationRate([], january).rate).toBeNull();
  });
});

describe('4.3 reuseRate', () => {
  it('counts dossiers reusing digitised data', () => {
    // 3 / 4 = 75%
    expect(reuseRate(dossiers, january)).toEqual({ numerator: 3, denominator: 4, rate: 75 });
    expect(reuseRate([], january).rate).toBeNull();
  });
});
