import { describe, expect, it } from 'vitest';
import { rankingTileOptionsSchema } from './ranking.js';
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
