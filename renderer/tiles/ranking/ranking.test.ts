import { describe, expect, it } from 'vitest';
import { averageShare, rankRows, rowLabels } from './ranking.js';

const inputs = [
  { id: 'a', name: 'Sở A', value: 4 },
  { id: 'b', name: 'Sở B', value: undefined },
  { id: 'c', name: 'Sở C', value: 10 },
  { id: 'd', name: 'Sở D', value: 4 },
  { id: 'e', name: 'Sở E', value: 0 },
];

describe('rankRows', () => {
  it('puts the largest first when higher is better, equal values sharing a rank, missing values last', () => {
    const rows = rankRows(inputs, 'higher-better');
    expect(rows.map((r) => [r.id, r.rank])).toEqual([['c', 1], ['a', 2], ['d', 2], ['e', 4], ['b', undefined]]);
    expect(rows.map((r) => r.share)).toEqual([1, 0.4, 0.4, 0, 0]);
  });

  it('puts the smallest first when lower is better', () => {
    expect(rankRows(inputs, 'lower-better').map((r) => r.id)).toEqual(['e', 'a', 'd', 'c', 'b']);
  });

  it('scales the bars to the average when it is above every value', () => {
    const rows = rankRows([{ id: 'a', name: 'A', value: 5 }], 'higher-better', 20);
    expect(rows[0]!.share).toBe(0.25);
    expect(averageShare(rows, 20)).toBe(1);
    expect(averageShare(rankRows(inputs, 'higher-better'), 5)).toBe(0.5);
    expect(averageShare(rows, undefined)).toBeUndefined();
  });

  it('gives zero-length bars when everything is zero', () => {
    expect(rankRows([{ id: 'a', name: 'A', value: 0 }], 'lower-better')[0]).toEqual({ id: 'a', name: 'A', value: 0, rank: 1, share: 0 });
  });
});

describe('rowLabels', () => {
  it('keeps names that share no "metric: " part, and uses the id\'s last part while a name is loading', () => {
    expect(rowLabels(['documents.overdue.so-y-te', 'documents.overdue.so-tai-chinh'], ['Sở Y tế', undefined])).toEqual(['Sở Y tế', 'so-tai-chinh']);
    expect(rowLabels(['a', 'b'], ['Sở Tài chính', 'Sở Tư pháp'])).toEqual(['Sở Tài chính', 'Sở Tư pháp']);
  });

  it('cuts the metric every row shares up to its last ": ", leaving the agency', () => {
    const names = ['Tỷ lệ hồ sơ đúng hạn (chỉ số 2.1) trong tháng: Sở Xây dựng', 'Tỷ lệ hồ sơ đúng hạn (chỉ số 2.1) trong tháng: Sở Tư pháp: Phòng 1'];
    expect(rowLabels(['p.sxd', 'p.stp'], names)).toEqual(['Sở Xây dựng', 'Sở Tư pháp: Phòng 1']);
    expect(rowLabels(['d.stc'], ['Văn bản quá hạn xử lý: Sở Tài chính'])).toEqual(['Sở Tài chính']);
  });
});

describe('worst first', () => {
  it('puts the worst value on top and numbers places in that order', () => {
    const rows = rankRows(
      [
        { id: 'a', name: 'Sở A', value: 3 },
        { id: 'b', name: 'Sở B', value: 15 },
        { id: 'c', name: 'Sở C', value: 3 },
        { id: 'd', name: 'Sở D', value: undefined },
      ],
      'lower-better',
      undefined,
      'worst-first',
    );
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', undefined],
    ]);
  });
});
