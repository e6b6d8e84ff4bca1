import { describe, expect, it } from 'vitest';
import { HOUR } from '../../common/time.js';
import { departmentOf, slugify } from './department.js';
import { documentSamples, seriesSpecs } from './metrics.js';
import { docOf, MONDAY_10H, rawDoc } from './test-kit.js';
import { isoVn } from '../../common/vn-time.js';

const doc = (id: string, change: Parameters<typeof rawDoc>[1] = {}) => docOf(rawDoc(id, change), { STC: 'Sở Tài chính', SYT: 'Sở Y tế' });

describe('document metrics', () => {
  it('says which series count the local day so far: those "trong ngày"', () => {
    const specs = seriesSpecs('tinh', departmentOf('STC'));
    expect(specs.filter((s) => s.period === 'today').map((s) => s.id)).toEqual(specs.filter((s) => /trong ngày/.test(s.name)).map((s) => s.id));
    expect(specs.find((s) => s.id === 'docs.tinh.overdue.stc')?.period).toBeUndefined();
  });

  it('counts one department by hand and the province over all', () => {
    const at = (h: number) => isoVn(MONDAY_10H + h * HOUR);
    const docs = [
      doc('A', { electronic: false }), // incoming today, open, deadline 17:00: in progress
      doc('B', { deadline: at(-1) }), // incoming today, overdue
      doc('C', { direction: 'outgoing', signedAt: at(-2), status: 'done', completedAt: at(-1), deadline: at(0) }), // issued, done on time
      doc('D', { receivedAt: isoVn(MONDAY_10H - 30 * HOUR), status: 'done', completedAt: at(-1), deadline: at(-3) }), // yesterday, done late
      doc('E', { status: 'withdrawn' }), // received today, closed
      doc('F', { department: 'SYT' }),
    ];
    const samples = new Map(documentSamples('tinh', docs, [departmentOf('STC'), departmentOf('SYT')], MONDAY_10H).map((s) => [s.seriesId, s.v]));
    expect(
      Object.fromEntries(['received', 'issued', 'in-progress', 'overdue', 'done-on-time', 'done-late', 'electronic-share'].map((m) => [m, samples.get(`docs.tinh.${m}.stc`)])),
    ).toEqual({ received: 3, issued: 1, 'in-progress': 2, overdue: 1, 'done-on-time': 1, 'done-late': 1, 'electronic-share': 75 });
    expect(samples.get('docs.tinh.received')).toBe(4);
    expect(samples.get('docs.tinh.received.syt')).toBe(1);
    expect(samples.get('docs.tinh.electronic-share')).toBe(80);
  });

  it('slugs Vietnamese department names for series ids', () => {
    expect(slugify('Sở Giáo dục và Đào tạo')).toBe('so-giao-duc-va-dao-tao');
    expect(departmentOf('SNNMT', { SNNMT: 'Sở Nông nghiệp và Môi trường' })).toEqual({ slug: 'snnmt', name: 'Sở Nông nghiệp và Môi trường' });
  });
});
