import { describe, expect, it } from 'vitest';
import { formatLocal, isoVn, localDate, startOfLocalDay } from './vn-time.js';

describe('Vietnamese local time', () => {
  // 2025-06-01T18:30Z is 01:30 on 2 June in Huế.
  const t = Date.parse('2025-06-01T18:30:00Z');

  it('finds the local midnight, which is 17:00 UTC the day before', () => {
    expect(new Date(startOfLocalDay(t)).toISOString()).toBe('2025-06-01T17:00:00.000Z');
  });

  it('writes times the way operators and Vietnamese systems read them', () => {
    expect(formatLocal(t)).toBe('01:30 ngày 02/06/2025');
    expect(isoVn(t)).toBe('2025-06-02T01:30:00+07:00');
    expect(localDate(t)).toBe('2025-06-02');
  });
});
