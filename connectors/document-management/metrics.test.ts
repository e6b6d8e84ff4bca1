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

  it('counts by hand, per department and for the province, the rules of domain.md §2.1', () => {
    const t = (h: number) => isoVn(MONDAY_10H + h * HOUR);
    // Monday 10:00. "Today" is from 00:00; received counts incoming by receivedAt, issued outgoing by signedAt.
    const docs = [
      doc('A', { receivedAt: t(-2), deadline: t(7) }), // received today, open
      doc('B', { receivedAt: t(-2), deadline: t(-1), status: 'in-progress' }), // received today, open, overdue
      doc('C', { direction: 'outgoing', signedAt: t(-2), deadline: t(0), status: 'done', completedAt: t(-1) }), // issued today, done on time
      doc('D', { receivedAt: t(-30), deadline: t(-3), status: 'done', completedAt: t(-1) }), // received yesterday, done late today
      doc('E', { receivedAt: t(-2), deadline: t(-1), status: 'withdrawn' }), // received today; withdrawn: neither open nor overdue
      doc('F', { receivedAt: t(-72), deadline: t(-48), status: 'in-progress', electronic: false }), // Friday's, open, overdue
      doc('G', { receivedAt: t(-2), deadline: t(-1), status: 'refused', electronic: false }), // received today on paper; refused
      doc('H', { receivedAt: t(-72), deadline: t(-30), status: 'done', completedAt: t(-20) }), // done late, but yesterday
      doc('I', { receivedAt: t(-2), deadline: t(0), status: 'assigned' }), // due now: not yet overdue
      doc('J', { direction: 'outgoing', signedAt: t(-20), deadline: t(-0.5), status: 'done', completedAt: t(-0.5) }), // done at its deadline: on time
      doc('K', { receivedAt: t(-2), deadline: undefined, status: 'accepted', electronic: false }), // no deadline: never overdue
      doc('L', { department: 'SYT', receivedAt: t(-2), deadline: t(7) }),
      doc('M', { department: 'SYT', direction: 'outgoing', signedAt: t(-1), deadline: t(24), status: 'in-progress', electronic: false }),
      doc('N', { department: 'SXD', receivedAt: t(-72), deadline: t(48), status: 'in-progress' }), // nothing moved today at SXD
    ];
    const samples = new Map(documentSamples('tinh', docs, ['STC', 'SYT', 'SXD'].map((c) => departmentOf(c)), MONDAY_10H).map((s) => [s.seriesId, s.v]));
    const metrics = ['received', 'issued', 'in-progress', 'overdue', 'done-on-time', 'done-late', 'electronic-share'];
    const of = (suffix: string) => Object.fromEntries(metrics.map((m) => [m, samples.get(`docs.tinh.${m}${suffix}`)]));
    // Electronic share: of the 7 received or issued today (A B C E G I K), 5 are electronic (G and K are on paper).
    expect(of('.stc')).toEqual({ received: 6, issued: 1, 'in-progress': 5, overdue: 2, 'done-on-time': 2, 'done-late': 1, 'electronic-share': 71.4 });
    expect(of('.syt')).toEqual({ received: 1, issued: 1, 'in-progress': 2, overdue: 0, 'done-on-time': 0, 'done-late': 0, 'electronic-share': 50 });
    // Nothing received or issued today: no share at all, rather than 0 %, which would read as all on paper.
    expect(of('.sxd')).toEqual({ received: 0, issued: 0, 'in-progress': 1, overdue: 0, 'done-on-time': 0, 'done-late': 0, 'electronic-share': undefined });
    expect(of('')).toEqual({ received: 7, issued: 2, 'in-progress': 8, overdue: 2, 'done-on-time': 2, 'done-late': 1, 'electronic-share': 66.7 });
  });

  it('slugs Vietnamese department names for series ids', () => {
    expect(slugify('Sở Giáo dục và Đào tạo')).toBe('so-giao-duc-va-dao-tao');
    expect(departmentOf('SNNMT', { SNNMT: 'Sở Nông nghiệp và Môi trường' })).toEqual({ slug: 'snnmt', name: 'Sở Nông nghiệp và Môi trường' });
  });
});
