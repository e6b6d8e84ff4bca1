import { describe, expect, it } from 'vitest';
import type { Series } from '../schemas/series.js';
import { rankingSeriesIds, rankingTileOptionsSchema } from './ranking.js';
import { recordsTileOptionsSchema } from './records.js';

describe('records tile options', () => {
  it('fills in paging defaults and lists every record, not only the overdue', () => {
    expect(recordsTileOptionsSchema.parse({ kind: 'field-report' })).toEqual({ kind: 'field-report', overdueOnly: false, pageSeconds: 10, maxRows: 8 });
  });

  it('takes statuses, and refuses an unknown kind or paging too fast to read', () => {
    expect(recordsTileOptionsSchema.parse({ kind: 'dossier', statuses: ['4', '5'], pageSeconds: 20, maxRows: 12 }).statuses).toEqual(['4', '5']);
    expect(recordsTileOptionsSchema.safeParse({ kind: 'camera' }).success).toBe(false);
    expect(recordsTileOptionsSchema.safeParse({ kind: 'document', pageSeconds: 1 }).success).toBe(false);
    expect(recordsTileOptionsSchema.safeParse({ kind: 'document', statuses: [] }).success).toBe(false);
    expect(recordsTileOptionsSchema.safeParse({ kind: 'document', maxRows: 0 }).success).toBe(false);
  });
});

describe('ranking tile options', () => {
  it('fills in unit, direction, order and decimals', () => {
    expect(rankingTileOptionsSchema.parse({ series: ['documents.overdue.so-y-te'] })).toEqual({
      series: ['documents.overdue.so-y-te'],
      maxRows: 40,
      unit: '',
      direction: 'higher-better',
      order: 'best-first',
      decimals: 0,
      staleAfterSeconds: 120,
    });
  });

  it('takes an average series and refuses an empty list or a bad series id', () => {
    expect(rankingTileOptionsSchema.parse({ series: ['a.b'], average: 'a.avg', direction: 'lower-better' }).average).toBe('a.avg');
    expect(rankingTileOptionsSchema.safeParse({ series: [] }).success).toBe(false);
    expect(rankingTileOptionsSchema.safeParse({ series: ['Sở Y tế'] }).success).toBe(false);
  });
});

describe('ranking series picked by their labels', () => {
  const series = (id: string, source: string, labels: Record<string, string>): Series => ({ id, name: id, unit: '%', source, labels });
  const known = [
    series('portal.dvc.on-time-rate', 'dvc', { service: 'dossiers', metric: 'on-time-rate', agency: 'all' }),
    series('portal.dvc.agency.so-xd.on-time-rate', 'dvc', { service: 'dossiers', metric: 'on-time-rate', agency: '000.00.12.H46' }),
    series('portal.dvc.agency.so-yt.on-time-rate', 'dvc', { service: 'dossiers', metric: 'on-time-rate', agency: '000.00.21.H46' }),
    series('portal.dvc.agency.so-yt.received', 'dvc', { service: 'dossiers', metric: 'received', agency: '000.00.21.H46' }),
    series('portal.thu.agency.so-yt.on-time-rate', 'thu', { service: 'dossiers', metric: 'on-time-rate', agency: '000.00.21.H46' }),
    series('docs.qlvb.overdue.so-yt', 'qlvb', { service: 'documents', metric: 'overdue', department: 'so-yt' }),
    series('docs.qlvb.overdue', 'qlvb', { service: 'documents', metric: 'overdue' }),
  ];

  it('takes every agency of one source with the metric, not the province total, sorted by id', () => {
    const options = rankingTileOptionsSchema.parse({ match: { source: 'dvc', labels: { metric: 'on-time-rate', agency: '*' }, exceptLabels: { agency: 'all' } } });
    expect(rankingSeriesIds(options, known)).toEqual(['portal.dvc.agency.so-xd.on-time-rate', 'portal.dvc.agency.so-yt.on-time-rate']);
  });

  it('takes a label that must only be there, and a department that reports later joins', () => {
    const options = rankingTileOptionsSchema.parse({ match: { labels: { metric: 'overdue', department: '*' } } });
    expect(rankingSeriesIds(options, known)).toEqual(['docs.qlvb.overdue.so-yt']);
    const later = series('docs.qlvb.overdue.so-gd', 'qlvb', { service: 'documents', metric: 'overdue', department: 'so-gd' });
    expect(rankingSeriesIds(options, [...known, later])).toEqual(['docs.qlvb.overdue.so-gd', 'docs.qlvb.overdue.so-yt']);
  });

  it('needs a list or a match, one of them, and a match names a label', () => {
    expect(rankingTileOptionsSchema.safeParse({}).error?.issues[0]).toMatchObject({ path: ['series'], message: 'needs either series or match, not both' });
    expect(rankingTileOptionsSchema.safeParse({ series: ['a.b'], match: { labels: { metric: 'x' } } }).success).toBe(false);
    expect(rankingTileOptionsSchema.safeParse({ match: { labels: {} } }).error?.issues[0]).toMatchObject({ path: ['match', 'labels'], message: 'must name at least one label' });
    expect(rankingTileOptionsSchema.safeParse({ match: { labels: { metric: 'x' }, extra: 1 } }).success).toBe(false);
  });
});
