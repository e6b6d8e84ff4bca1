import { describe, expect, it } from 'vitest';
import { seriesIdSchema } from '../../common/schemas/series.js';
import { DAY, HOUR, MINUTE } from '../../common/time.js';
import { fieldReportSamples, fixedSeries, seriesIds, wardSeries } from './metrics.js';
import { MONDAY_10H, sampleReport } from './test-kit.js';

const now = MONDAY_10H;
const midnight = Date.UTC(2025, 5, 1, 17);
const ids = seriesIds('hue');
const values = (samples: { seriesId: string; v: number }[]) => new Map(samples.map((s) => [s.seriesId, s.v]));
const wards = [
  { key: 'thuan-hoa', name: 'Phường Thuận Hóa' },
  { key: 'an-cuu', name: 'Phường An Cựu' },
];

describe('field-report metrics', () => {
  it('declares valid ids under open311.<instance>, apart from the simulator', () => {
    const specs = [...fixedSeries('hue'), wardSeries('hue', { key: 'thuan-hoa', name: 'Phường Thuận Hóa' })];
    for (const spec of specs) {
      expect(seriesIdSchema.safeParse(spec.id).success).toBe(true);
      expect(spec.id.startsWith('open311.hue.')).toBe(true);
    }
    expect(specs.map((s) => s.id)).toContain('open311.hue.open.in_progress');
    expect(fixedSeries('da-nang').every((s) => s.id.startsWith('open311.da-nang.'))).toBe(true);
  });

  it('says that "resolved today" counts the local day so far; the seven-day figures roll and have no calendar period', () => {
    expect(fixedSeries('hue').filter((s) => s.period).map((s) => [s.id, s.period])).toEqual([[ids.resolvedToday, 'today']]);
  });

  it('counts open reports by status and ward, and overdue ones', () => {
    const reports = [
      sampleReport({ id: 'a', status: 'new', dueAt: now + HOUR }),
      sampleReport({ id: 'b', status: 'in_progress', dueAt: now - HOUR }),
      sampleReport({ id: 'c', status: 'in_progress', dueAt: now, ward: { key: 'kim-long', name: 'Phường Kim Long' } }),
      sampleReport({ id: 'd', status: 'resolved', dueAt: now - DAY, resolvedAt: now - 2 * HOUR }),
      sampleReport({ id: 'e', status: 'rejected' }),
    ];
    const v = values(fieldReportSamples('hue', reports, wards, now));
    expect(v.get(ids.open('new'))).toBe(1);
    expect(v.get(ids.open('in_progress'))).toBe(2);
    expect(v.get(ids.open('verified'))).toBe(0);
    expect(v.get(ids.openTotal)).toBe(3);
    // Due exactly now is not yet overdue.
    expect(v.get(ids.overdue)).toBe(1);
    expect(v.get(ids.ward('thuan-hoa'))).toBe(2);
    expect(v.get(ids.ward('kim-long'))).toBe(1);
    // A ward seen before but without open reports drops to 0.
    expect(v.get(ids.ward('an-cuu'))).toBe(0);
  });

  it('counts resolved today from local midnight in Huế', () => {
    const reports = [
      sampleReport({ id: 'a', status: 'resolved', resolvedAt: midnight }),
      sampleReport({ id: 'b', status: 'published', resolvedAt: midnight - MINUTE }),
      sampleReport({ id: 'c', status: 'rated', resolvedAt: now }),
      sampleReport({ id: 'd', status: 'rejected', updatedAt: now }),
    ];
    expect(values(fieldReportSamples('hue', reports, [], now)).get(ids.resolvedToday)).toBe(2);
  });

  it('averages resolution hours and the on-time rate over the last seven days', () => {
    const requestedAt = now - 3 * DAY;
    const reports = [
      sampleReport({ id: 'a', status: 'resolved', requestedAt, dueAt: requestedAt + 10 * HOUR, resolvedAt: requestedAt + 10 * HOUR }),
      sampleReport({ id: 'b', status: 'resolved', requestedAt, dueAt: requestedAt + 10 * HOUR, resolvedAt: requestedAt + 20 * HOUR }),
      sampleReport({ id: 'c', status: 'rated', requestedAt, dueAt: requestedAt + 10 * HOUR, resolvedAt: requestedAt + 3 * HOUR }),
      // Outside the week: left out.
      sampleReport({ id: 'd', status: 'resolved', requestedAt: now - 9 * DAY, dueAt: now - 9 * DAY, resolvedAt: now - 8 * DAY }),
    ];
    const v = values(fieldReportSamples('hue', reports, [], now));
    expect(v.get(ids.resolutionHours)).toBe(11);
    expect(v.get(ids.onTimeRate)).toBe(66.7);
  });

  it('leaves out the average and the rate when nothing was resolved in the week', () => {
    const v = values(fieldReportSamples('hue', [sampleReport()], [], now));
    expect(v.has(ids.resolutionHours)).toBe(false);
    expect(v.has(ids.onTimeRate)).toBe(false);
    expect(v.get(ids.openTotal)).toBe(1);
  });

  it('stamps every sample with now', () => {
    expect(fieldReportSamples('hue', [sampleReport()], wards, now).every((s) => s.t === now)).toBe(true);
  });
});
