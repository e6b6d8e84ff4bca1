import { describe, expect, it } from 'vitest';
import { facetChoices, filterRows, foldText } from './record-filter.js';
import type { RecordRow } from './record-rows.js';

const row = (id: string, overdue: boolean, status: string, group: string, place?: string): RecordRow => ({
  id,
  overdue,
  cells: [status, group, place ?? '—'],
  facets: { status, group, ...(place ? { place } : {}) },
});

const rows = [
  row('r1', true, 'Đang xử lý', 'Chiếu sáng', 'Phường Vỹ Dạ'),
  row('r2', false, 'Mới', 'Môi trường', 'Phường Thuận Hóa'),
  row('r3', true, 'Mới', 'Chiếu sáng', 'Phường Thuận Hóa'),
  row('r4', false, 'Đã xử lý xong', 'Đường điện'),
];

describe('filterRows', () => {
  it('keeps every row with an empty filter, in order', () => {
    expect(filterRows(rows, {}).map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('combines facets, overdue only and words', () => {
    expect(filterRows(rows, { group: 'Chiếu sáng' }).map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(filterRows(rows, { status: 'Mới', place: 'Phường Thuận Hóa' }).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(filterRows(rows, { status: 'Mới', overdueOnly: true }).map((r) => r.id)).toEqual(['r3']);
    expect(filterRows(rows, { place: 'Phường Vỹ Dạ', status: 'Mới' })).toEqual([]);
  });

  it('finds text typed without diacritics within one cell or the id', () => {
    expect(filterRows(rows, { text: 'vy da' }).map((r) => r.id)).toEqual(['r1']);
    expect(filterRows(rows, { text: '  DUONG   dien ' }).map((r) => r.id)).toEqual(['r4']);
    expect(filterRows(rows, { text: 'thuan hoa' }).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(filterRows(rows, { text: 'sang thuan' })).toEqual([]);
    expect(filterRows(rows, { text: 'r2' }).map((r) => r.id)).toEqual(['r2']);
    expect(filterRows(rows, { text: 'cầu' })).toEqual([]);
  });
});

describe('facetChoices', () => {
  it('lists each value once with its count, in Vietnamese order, skipping rows without the facet', () => {
    expect(facetChoices(rows, 'group')).toEqual([
      { value: 'Chiếu sáng', count: 2 },
      { value: 'Đường điện', count: 1 },
      { value: 'Môi trường', count: 1 },
    ]);
    expect(facetChoices(rows, 'place')).toEqual([
      { value: 'Phường Thuận Hóa', count: 2 },
      { value: 'Phường Vỹ Dạ', count: 1 },
    ]);
  });
});

describe('foldText', () => {
  it('drops tones and marks, đ included', () => {
    expect(foldText('Đường Lê Lợi, Phường Vỹ Dạ')).toBe('duong le loi, phuong vy da');
  });
});
