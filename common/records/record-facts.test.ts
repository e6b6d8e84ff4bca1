import { describe, expect, it } from 'vitest';
import { foldQuery, foldText } from './fold-text.js';
import { recordFacts } from './record-facts.js';

describe('recordFacts', () => {
  it('reads a field report: open by its life-cycle step, category its service, place its ward', () => {
    const data = { status: 'returned', statusLabel: 'Trả lại', serviceCode: 'VSMT', serviceName: 'Rác thải', ward: { key: '19777', name: 'Phường Vỹ Dạ' }, address: '5 Lê Lợi', dueAt: 9 };
    expect(recordFacts('field-report', 'HUE-1', data)).toEqual({
      open: true,
      dueAt: 9,
      status: 'returned',
      statusLabel: 'Trả lại',
      category: 'VSMT',
      categoryLabel: 'Rác thải',
      place: '19777',
      placeLabel: 'Phường Vỹ Dạ',
      search: 'hue-1\ntra lai\nrac thai\nphuong vy da\n5 le loi',
    });
    for (const status of ['rejected', 'resolved', 'published', 'rated']) expect(recordFacts('field-report', 'x', { status }).open).toBe(false);
  });

  it('reads a dossier by its TrangThaiHoSo and a document by its status and deadline', () => {
    expect(recordFacts('dossier', 'H1', { code: 'H1', status: 5, dueAt: 7, agencyCode: 'SXD', agencyName: 'Sở Xây dựng' })).toMatchObject({
      open: true,
      status: '5',
      statusLabel: 'Yêu cầu bổ sung giấy tờ',
      category: 'SXD',
      categoryLabel: 'Sở Xây dựng',
    });
    expect(recordFacts('dossier', 'H2', { status: 10 }).open).toBe(false);
    expect(recordFacts('document', 'd', { number: '12/UBND', status: 'in-progress', deadline: 8, department: { slug: 'so-tai-chinh', name: 'Sở Tài chính' } })).toMatchObject({
      open: true,
      dueAt: 8,
      category: 'so-tai-chinh',
      categoryLabel: 'Sở Tài chính',
    });
    expect(recordFacts('document', 'd', { status: 'withdrawn', department: 'Sở Y tế' })).toMatchObject({ open: false, category: 'Sở Y tế' });
  });

  it('leaves out what a record does not say and counts an unknown kind as closed', () => {
    expect(recordFacts('camera-event', 'e1', { status: 3 })).toEqual({ open: false, status: '3', statusLabel: '3', search: 'e1\n3' });
    expect(recordFacts('field-report', 'x', { dueAt: 'soon' })).toEqual({ open: false, search: 'x' });
  });
});

describe('foldText', () => {
  it('drops tones and marks, đ included, and a query its extra spaces', () => {
    expect(foldText('Đường Lê Lợi, Phường Vỹ Dạ')).toBe('duong le loi, phuong vy da');
    expect(foldQuery('  DUONG   điện ')).toBe('duong dien');
  });
});
