import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../common/time.js';
import { createReportBook, mergeReport } from './report-book.js';
import { sampleReport } from './test-kit.js';

const t0 = sampleReport().requestedAt;

describe('mergeReport', () => {
  it('ignores an older version', () => {
    const prev = sampleReport({ updatedAt: t0 + HOUR });
    expect(mergeReport(prev, sampleReport({ updatedAt: t0 }))).toBeUndefined();
    expect(mergeReport(prev, sampleReport({ updatedAt: t0 + HOUR }))).toBeDefined();
  });

  it('takes the resolution time from the source, else the first time it was seen resolved', () => {
    const resolved = mergeReport(undefined, sampleReport({ status: 'resolved', updatedAt: t0 + 5 * HOUR }));
    expect(resolved?.resolvedAt).toBe(t0 + 5 * HOUR);
    const published = mergeReport(resolved, sampleReport({ status: 'published', updatedAt: t0 + 20 * HOUR }));
    expect(published?.resolvedAt).toBe(t0 + 5 * HOUR);
    const sent = mergeReport(resolved, sampleReport({ status: 'rated', updatedAt: t0 + 30 * HOUR, resolvedAt: t0 + 4 * HOUR }));
    expect(sent?.resolvedAt).toBe(t0 + 4 * HOUR);
  });

  it('drops the resolution time when a report is open again or rejected', () => {
    const resolved = mergeReport(undefined, sampleReport({ status: 'resolved', updatedAt: t0 + HOUR }));
    expect(mergeReport(resolved, sampleReport({ status: 'returned', updatedAt: t0 + 2 * HOUR, resolvedAt: t0 }))).not.toHaveProperty('resolvedAt');
    expect(mergeReport(undefined, sampleReport({ status: 'rejected', updatedAt: t0 }))).not.toHaveProperty('resolvedAt');
  });
});

describe('createReportBook', () => {
  it('keeps open reports and the last week of closed ones', () => {
    const book = createReportBook();
    book.apply(sampleReport({ id: 'open', updatedAt: t0 }));
    book.apply(sampleReport({ id: 'old', status: 'resolved', updatedAt: t0 }));
    book.apply(sampleReport({ id: 'recent', status: 'rejected', updatedAt: t0 + 2 * DAY }));
    book.prune(t0 + 8 * DAY);
    expect(book.all().map((r) => r.id).sort()).toEqual(['open', 'recent']);
  });

  it('returns what it stored, or undefined for a stale version', () => {
    const book = createReportBook();
    expect(book.apply(sampleReport({ updatedAt: t0 + HOUR }))?.updatedAt).toBe(t0 + HOUR);
    expect(book.apply(sampleReport({ updatedAt: t0 }))).toBeUndefined();
    expect(book.get('HUE-000001')?.updatedAt).toBe(t0 + HOUR);
    book.put(sampleReport({ updatedAt: t0, overdue: true }));
    expect(book.get('HUE-000001')?.overdue).toBe(true);
  });
});
