import { describe, expect, it } from 'vitest';
import { dossierChannelNames, dossierSchema, dossierStatusNames } from './dossier.js';
import { formatIssues } from './issues.js';

const valid = {
  code: 'H26.39-250101-0001',
  procedureCode: '1.001612',
  agencyCode: 'stp',
  agencyName: 'Sở Tư pháp',
  receivedAt: 1_735_689_600_000,
  dueAt: 1_736_467_200_000,
  status: 4,
};

const issues = (input: object): string => {
  const r = dossierSchema.safeParse(input);
  return r.success ? '' : formatIssues(r.error);
};

describe('dossierSchema', () => {
  it('accepts a minimal dossier, with a missing or null channel as in person and no supplements', () => {
    expect(dossierSchema.parse(valid)).toMatchObject({ channel: 1, supplements: [] });
    expect(dossierSchema.parse({ ...valid, channel: null }).channel).toBe(1);
    expect(dossierSchema.parse({ ...valid, channel: 2 }).channel).toBe(2);
  });

  it('rejects status 11 and channel 4, naming the path', () => {
    expect(issues({ ...valid, status: 11 })).toBe('status: must be a TrangThaiHoSo from 1 to 10');
    expect(issues({ ...valid, channel: 4 })).toBe('channel: must be a KenhThucHien of 1, 2 or 3');
    expect(issues({ ...valid, statusHistory: [{ status: 11, at: 0 }] })).toBe('statusHistory[0].status: must be a TrangThaiHoSo from 1 to 10');
  });

  it('needs a due date or the procedure maximum', () => {
    expect(issues({ ...valid, dueAt: undefined })).toBe('dueAt: needs dueAt (NgayHenTra) or legalTime (ThoiGianGiaiQuyet) to judge whether it is on time');
    expect(issues({ ...valid, dueAt: undefined, legalTime: { amount: 5, unit: 'working-day' } })).toBe('');
    expect(issues({ ...valid, legalTime: { amount: 0, unit: 'month' } })).toBe('legalTime.amount: must be above 0\nlegalTime.unit: must be one of hour, day, working-day');
  });

  it('needs the time of an end status', () => {
    expect(issues({ ...valid, status: 9 })).toBe('finishedAt: needs the time of status 9 (Đã xử lý xong): finishedAt or a statusHistory entry');
    expect(issues({ ...valid, status: 9, statusHistory: [{ status: 9, at: valid.dueAt }] })).toBe('');
    expect(issues({ ...valid, status: 10, returnedAt: valid.dueAt })).toBe('');
  });

  it('rejects a supplement completed before it was requested', () => {
    expect(issues({ ...valid, supplements: [{ requestedAt: 2000, completedAt: 1000 }] })).toBe(
      'supplements[0].completedAt: must not be before requestedAt',
    );
  });

  it('names the ten statuses and three channels', () => {
    expect(Object.keys(dossierStatusNames)).toHaveLength(10);
    expect(dossierStatusNames[1]).toBe('Mới đăng ký');
    expect(dossierStatusNames[10]).toBe('Đã trả kết quả');
    expect(dossierChannelNames).toEqual({ 1: 'Trực tiếp', 2: 'Trực tuyến', 3: 'Bưu chính công ích' });
  });
});
