import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../common/schemas/issues.js';
import { fieldReportsConfigSchema } from './config.js';

const problems = (options: Record<string, unknown>) => {
  const result = fieldReportsConfigSchema.safeParse({ baseUrl: 'https://gateway.hue.gov.vn/open311/v2/', ...options });
  return result.success ? '' : formatIssues(result.error);
};

describe('field-reports options', () => {
  it('fills in defaults', () => {
    expect(fieldReportsConfigSchema.parse({ baseUrl: 'http://127.0.0.1:8080/' })).toEqual({
      baseUrl: 'http://127.0.0.1:8080/',
      format: 'json',
      pollMs: 60_000,
      windowDays: 30,
      dateFilter: 'requested',
      overlapSeconds: 300,
      initialLookbackDays: 30,
      openLookbackDays: 365,
      sla: { default: { normal: 72, urgent: 4 }, byService: {} },
      urgentServices: [],
    });
  });

  it('explains each wrong option after its path', () => {
    expect(problems({ baseUrl: 'ftp://gateway.hue.gov.vn/' })).toBe('baseUrl: must be an http(s) address');
    expect(problems({ windowDays: 91 })).toBe('windowDays: must be at most 90: Open311 refuses a longer date range');
    expect(problems({ windowDays: 0 })).toBe('windowDays: must be at least 1');
    expect(problems({ pollMs: 1000 })).toBe('pollMs: must be at least 5000 ms');
    expect(problems({ format: 'csv' })).toBe('format: must be "json" or "xml"');
    expect(problems({ sla: { byService: { VSMT: { normal: 0, urgent: 4 } } } })).toBe('sla.byService.VSMT.normal: must be more than 0 hours');
    expect(problems({ apiKey: '' })).toBe('apiKey: must not be empty');
    expect(problems({ dateFilter: 'changed' })).toBe('dateFilter: must be "requested" or "updated"');
    expect(problems({ overlapSeconds: -1 })).toBe('overlapSeconds: must be 0 or more');
    expect(problems({ openLookbackDays: 0 })).toBe('openLookbackDays: must be at least 1');
    expect(problems({ openLookbackDays: 3661 })).toBe('openLookbackDays: must be at most 3660 (ten years)');
    expect(problems({ openLookbackDays: 1.5 })).toBe('openLookbackDays: must be a whole number of days');
  });

  it('refuses misspelt options', () => {
    expect(problems({ windowDay: 7 })).toMatch(/Unrecognized key.*windowDay/);
  });
});
