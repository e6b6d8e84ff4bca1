import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../common/index.js';
import { pageAt, recordRows } from './record-rows.js';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 0, 10, 3, 0);
const rec = (kind: string, id: string, data: Record<string, unknown>): SourceRecord => ({ kind, id, updatedAt: now, data });

describe('recordRows', () => {
  it('puts overdue field reports first and counts their SLA down from now', () => {
    const rows = recordRows(
      'field-report',
      [
        rec('field-report', 'a', { status: 'assigned', statusLabel: 'Đã chuyển xử lý', serviceName: 'Chiếu sáng', ward: { key: 'vy-da', name: 'Phường Vỹ Dạ' }, dueAt: now + 2 * HOUR }),
        rec('field-report', 'b', { status: 'in_progress', statusLabel: 'Đang xử lý', serviceName: 'Môi trường', address: '12 Lê Lợi', dueAt: now - 3 * HOUR, mediaUrl: 'https://anh.example/1.jpg' }),
        rec('field-report', 'c', { status: 'resolved', statusLabel: 'Đã xử lý xong', serviceName: 'Cây xanh', dueAt: now - 5 * HOUR, resolvedAt: now - 6 * HOUR }),
      ],
      now,
      'vi',
    );
    expect(rows.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(rows[0]).toEqual({ id: 'b', overdue: true, cells: ['Đang xử lý', 'Môi trường', '12 Lê Lợi', 'quá hạn 3 giờ'],
      facets: { status: 'Đang xử lý', group: 'Môi trường', place: '12 Lê Lợi' },
      mediaUrl: 'https://anh.example/1.jpg' });
    expect(rows[1]!.cells).toEqual(['Đã chuyển xử lý', 'Chiếu sáng', 'Phường Vỹ Dạ', 'còn 2 giờ']);
    expect(rows[2]).toMatchObject({ overdue: false, cells: ['Đã xử lý xong', 'Cây xanh', '—', '—'] });
  });

  it('shows dossiers with their status name and due time, closed ones never overdue', () => {
    const rows = recordRows(
      'dossier',
      [
        rec('dossier', 'H1', { code: 'H1', procedureName: 'Cấp phép xây dựng', agencyName: 'Sở Xây dựng', status: 9, dueAt: now - HOUR }),
        rec('dossier', 'H2', { code: 'H2', procedureCode: '1.009994', agencyName: 'Sở Y tế', status: 4, dueAt: now - 2 * HOUR }),
      ],
      now,
      'vi',
    );
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([['H2', true], ['H1', false]]);
    expect(rows[0]!.cells.slice(0, 4)).toEqual(['H2', '1.009994', 'Sở Y tế', 'Đang xử lý']);
    expect(rows[0]!.cells[4]).toMatch(/quá hạn 2 giờ$/);
    expect(rows[0]!.facets).toEqual({ status: 'Đang xử lý', group: 'Sở Y tế' });
  });

  it('shows documents with a department given as a name or an object', () => {
    const rows = recordRows(
      'document',
      [
        rec('document', 'd1', { number: '12/UBND-KT', department: { key: 'stc', name: 'Sở Tài chính' }, status: 'in-progress', deadline: now + 30 * HOUR }),
        rec('document', 'd2', { number: '7/SXD', department: 'Sở Xây dựng', status: 'done', deadline: now - HOUR }),
      ],
      now,
      'vi',
    );
    expect(rows.map((r) => [r.cells[0], r.cells[1], r.overdue])).toEqual([['12/UBND-KT', 'Sở Tài chính', false], ['7/SXD', 'Sở Xây dựng', false]]);
    expect(rows[0]!.cells[2]).toMatch(/còn 30 giờ$/);
  });
  it('orders open records as a countdown: most overdue first, then the soonest due, ties by id, the rest after in the order given', () => {
    const report = (id: string, data: Record<string, unknown>) => rec('field-report', id, { status: 'assigned', serviceName: 'Cây xanh', ...data });
    const rows = recordRows(
      'field-report',
      [
        report('r5', { dueAt: now + 5 * HOUR }),
        report('r1', { dueAt: now - HOUR }),
        report('r9', { status: 'resolved', dueAt: now - 20 * HOUR, resolvedAt: now - 30 * HOUR }),
        report('r2', { dueAt: now - 10 * HOUR }),
        report('r4', { dueAt: now + 5 * HOUR }),
        report('r7', {}),
      ],
      now,
      'vi',
    );
    // Due −10 h, −1 h, then the two due in 5 h by id; the closed report and the one without a due time as given.
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([
      ['r2', true],
      ['r1', true],
      ['r4', false],
      ['r5', false],
      ['r9', false],
      ['r7', false],
    ]);
  });
});

describe('pageAt', () => {
  it('goes round the pages as the tick grows', () => {
    const items = [1, 2, 3, 4, 5];
    expect(pageAt(items, 2, 0)).toEqual({ items: [1, 2], index: 0, count: 3 });
    expect(pageAt(items, 2, 2)).toEqual({ items: [5], index: 2, count: 3 });
    expect(pageAt(items, 2, 3)).toEqual({ items: [1, 2], index: 0, count: 3 });
    expect(pageAt([], 2, 7)).toEqual({ items: [], index: 0, count: 1 });
  });
});
