import { describe, expect, it } from 'vitest';
import { formatSla, slaCountdown } from './sla.js';

const now = Date.UTC(2026, 0, 10, 3, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('slaCountdown', () => {
  it('counts down in minutes, hours then days, rounded down', () => {
    expect(slaCountdown(now + 45 * MIN, now)).toEqual({ overdue: false, amount: 45, unit: 'minute' });
    expect(slaCountdown(now + 2 * HOUR + 50 * MIN, now)).toEqual({ overdue: false, amount: 2, unit: 'hour' });
    expect(slaCountdown(now + 47 * HOUR, now)).toEqual({ overdue: false, amount: 47, unit: 'hour' });
    expect(slaCountdown(now + 80 * HOUR, now)).toEqual({ overdue: false, amount: 3, unit: 'day' });
  });

  it('counts past the due time as overdue, and never says zero minutes', () => {
    expect(slaCountdown(now - 3 * HOUR - MIN, now)).toEqual({ overdue: true, amount: 3, unit: 'hour' });
    expect(slaCountdown(now + 10_000, now)).toEqual({ overdue: false, amount: 1, unit: 'minute' });
    expect(slaCountdown(now, now)).toEqual({ overdue: false, amount: 1, unit: 'minute' });
  });
});

describe('formatSla', () => {
  it('reads "còn 2 giờ" and "quá hạn 3 giờ" in Vietnamese', () => {
    expect(formatSla(now + 2 * HOUR, now, 'vi')).toBe('còn 2 giờ');
    expect(formatSla(now - 3 * HOUR, now, 'vi')).toBe('quá hạn 3 giờ');
    expect(formatSla(now - 5 * MIN, now, 'vi')).toBe('quá hạn 5 phút');
    expect(formatSla(now + 72 * HOUR, now, 'vi')).toBe('còn 3 ngày');
  });

  it('reads in English', () => {
    expect(formatSla(now + 2 * HOUR, now, 'en')).toBe('2 h left');
    expect(formatSla(now - 3 * 24 * HOUR, now, 'en')).toBe('3 d overdue');
  });
});
