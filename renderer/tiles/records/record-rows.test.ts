import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../common/index.js';
import { pageAt, recordRows } from './record-rows.js';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 0, 10, 3, 0);
const rec = (kind: string, id: string, data: Record<string, unknown>): SourceRecord => ({ kind, id, updatedAt: now, data });

describe('recordRows', () => {
  it('formats field reports in the host\'s order, with the SLA counted down from now and a photo when one is linked', () => {
    const rows = recordRows(
      'field-report',
      [
        rec('field-report', 'b', { status: 'in_progress', statusLabel: 'Đang xử lý', serviceName: 'Môi trường', address: '12 Lê Lợi', dueAt: now - 3 * HOUR, mediaUrl: 'http://127.0.0.1:8741/media/b.png' }),
        rec('field-report', 'a', { status: 'assigned', statusLabel: 'Đã chuyển xử lý', serviceName: 'Chiếu sáng', ward: { key: '19777', name: 'Phường Vỹ Dạ' }, dueAt: now + 2 * HOUR, mediaUrl: 'javascript:alert(1)' }),
        rec('field-report', 'c', { status: 'resolved', statusLabel: 'Đã xử lý xong', serviceName: 'Cây xanh', dueAt: now - 5 * HOUR, resolvedAt: now - 6 * HOUR }),
      ],
      now,
      'vi',
    );
    expect(rows).toEqual([
      { id: 'b', overdue: true, cells: ['Đang xử lý', 'Môi trường', '12 Lê Lợi', 'quá hạn 3 giờ'], photo: true },
      { id: 'a', overdue: false, cells: ['Đã chuyển xử lý', 'Chiếu sáng', 'Phường Vỹ Dạ', 'còn 2 giờ'], photo: false },
      { id: 'c', overdue: false, cells: ['Đã xử lý xong', 'Cây xanh', '—', '—'], photo: false },
    ]);
  });

  it('turns a report overdue as the clock passes its due time, whatever the flag it was stored with', () => {
    const report = rec('field-report', 'r', { status: 'new', serviceName: 'Cây xanh', dueAt: now, overdue: false });
    expect(recordRows('field-report', [report], now, 'vi')[0]!.overdue).toBe(false);
    expect(recordRows('field-report', [report], now + 1, 'vi')[0]!.overdue).toBe(true);
  });

  it('shows dossiers with their status name and due time, closed ones never overdue', () => {
    const rows = recordRows(
      'dossier',
      [
        rec('dossier', 'H2', { code: 'H2', procedureCode: '1.009994', agencyName: 'Sở Y tế', status: 4, dueAt: now - 2 * HOUR }),
        rec('dossier', 'H1', { code: 'H1', procedureName: 'Cấp phép xây dựng', agencyName: 'Sở Xây dựng', status: 9, dueAt: now - HOUR }),
      ],
      now,
      'vi',
    );
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([['H2', true], ['H1', false]]);
    expect(rows[0]!.cells.slice(0, 4)).toEqual(['H2', '1.009994', 'Sở Y tế', 'Đang xử lý']);
    expect(rows[0]!.cells[4]).toMatch(/quá hạn 2 giờ$/);
    expect(rows[1]!.cells[3]).toBe('Đã xử lý xong');
  });

  it('shows documents with a department given as a name or an object', () => {
    const rows = recordRows(
      'document',
      [
        rec('document', 'd1', { number: '12/UBND-KT', department: { slug: 'so-tai-chinh', name: 'Sở Tài chính' }, status: 'in-progress', statusLabel: 'Đang xử lý', deadline: now + 30 * HOUR }),
        rec('document', 'd2', { number: '7/SXD', department: 'Sở Xây dựng', status: 'done', deadline: now - HOUR }),
      ],
      now,
      'vi',
    );
    expect(rows.map((r) => [r.cells[0], r.cells[1], r.cells[3], r.overdue])).toEqual([
      ['12/UBND-KT', 'Sở Tài chính', 'Đang xử lý', false],
      ['7/SXD', 'Sở Xây dựng', 'done', false],
    ]);
    expect(rows[0]!.cells[2]).toMatch(/còn 30 giờ$/);
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
