import { describe, expect, it } from 'vitest';
import { formatAgo, formatDateRange, formatDateTime, formatLongDate, formatTime } from './datetime.js';

// 2026-11-20 17:05:09 UTC is Saturday 21 November, 00:05:09 in Ha Noi.
const t = Date.UTC(2026, 10, 20, 17, 5, 9);

describe('datetime formatting', () => {
  it('writes the Vietnamese date in the IOC time zone', () => {
    expect(formatLongDate(t, 'vi')).toBe('Thứ Bảy, 21/11/2026');
    expect(formatLongDate(t, 'en')).toBe('Saturday, 21/11/2026');
  });

  it('writes 24-hour times', () => {
    expect(formatTime(t, 'vi')).toBe('00:05');
    expect(formatTime(t, 'vi', { seconds: true })).toBe('00:05:09');
  });

  it('writes a table time as day/month and hour', () => {
    expect(formatDateTime(t, 'vi')).toBe('21/11 00:05');
    expect(formatDateTime(t, 'en')).toBe('21/11 00:05');
  });

  it('writes a reporting period as its first and last dates in the IOC time zone, the year once', () => {
    const nov1 = Date.UTC(2026, 9, 31, 17); // 1 November 00:00 in Ha Noi
    expect(formatDateRange(nov1, t, 'vi')).toBe('01/11–21/11/2026');
    expect(formatDateRange(nov1, t, 'en')).toBe('01/11–21/11/2026');
    expect(formatDateRange(t - 5 * 60_000, t, 'vi')).toBe('21/11/2026');
    expect(formatDateRange(Date.UTC(2025, 11, 31, 17), t, 'vi')).toBe('01/01–21/11/2026');
    expect(formatDateRange(Date.UTC(2025, 11, 20), t, 'vi')).toBe('20/12/2025–21/11/2026');
  });

  it('writes ages in the largest sensible unit', () => {
    expect(formatAgo(45_000, 'vi')).toBe('45 giây trước');
    expect(formatAgo(3 * 60_000 + 20_000, 'vi')).toBe('3 phút trước');
    expect(formatAgo(5 * 3600_000, 'vi')).toBe('5 giờ trước');
    expect(formatAgo(3 * 86400_000, 'vi')).toBe('3 ngày trước');
    expect(formatAgo(3 * 60_000, 'en')).toBe('3 minutes ago');
    expect(formatAgo(-5000, 'vi')).toBe('0 giây trước');
  });
});
