import { describe, expect, it } from 'vitest';
import { localDate, parsePortalDate, periodAt, toCompact, toIsoVn } from './local-time.js';

/** 2 June 2025 08:15 in Huế is 01:15 UTC. */
const t = Date.UTC(2025, 5, 2, 1, 15);

describe('local time of Huế', () => {
  it('reads both DVCQG date forms as local time', () => {
    expect(parsePortalDate('20250602081500')).toBe(t);
    expect(parsePortalDate('2025-06-02T08:15:00+07:00')).toBe(t);
    expect(parsePortalDate('2025-06-02T01:15:00Z')).toBe(t);
    expect(parsePortalDate('2025-06-02 08:15:00')).toBe(t);
  });

  it('refuses what is neither form or not a calendar date', () => {
    expect(parsePortalDate('02/06/2025')).toBeUndefined();
    expect(parsePortalDate('20250631081500')).toBeUndefined();
    expect(parsePortalDate('20250602251500')).toBeUndefined();
    expect(parsePortalDate('hôm qua')).toBeUndefined();
  });

  it('writes them back', () => {
    expect(toCompact(t)).toBe('20250602081500');
    expect(toIsoVn(t)).toBe('2025-06-02T08:15:00+07:00');
  });

  it('bounds the local day, month and year', () => {
    const late = Date.UTC(2025, 5, 30, 18); // 1 July 01:00 in Huế
    expect(periodAt('today', late)).toEqual({ from: Date.UTC(2025, 5, 30, 17), to: Date.UTC(2025, 6, 1, 17) });
    expect(periodAt('month', late)).toEqual({ from: Date.UTC(2025, 5, 30, 17), to: Date.UTC(2025, 6, 31, 17) });
    expect(periodAt('year', t)).toEqual({ from: Date.UTC(2024, 11, 31, 17), to: Date.UTC(2025, 11, 31, 17) });
    expect(localDate(late)).toBe('2025-07-01');
  });
});
