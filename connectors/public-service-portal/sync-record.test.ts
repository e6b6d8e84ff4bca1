import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../common/schemas/issues.js';
import { portalDossierSchema, renameFields } from './sync-record.js';

const record = (change: Record<string, unknown> = {}) => ({
  MaHoSo: 'H46.SXD-000001',
  MaTTHC: '1.009972',
  TenTTHC: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  DonViXuLy: 'SXD',
  TenDonViXuLy: 'Sở Xây dựng',
  ChuHoSo: 'Trần Thị Lan',
  SoDienThoai: '0912345678',
  Email: '',
  NgayTiepNhan: '20250602081500',
  NgayHenTra: '2025-06-17T08:15:00+07:00',
  NgayKetThucXuLy: '20250610160000',
  NgayTra: '',
  TrangThaiHoSo: '9',
  KenhThucHien: 2,
  DuocThanhToanTrucTuyen: 1,
  DanhSachLePhi: [{ Gia: 75000 }],
  TaiLieuNop: [{ DuocSoHoa: 1, DuocLayTuKhoDMQG: 0 }, { DuocSoHoa: '1', DuocLayTuKhoDMQG: 1 }],
  DanhSachHoSoBoSung: [{ NgayYeuCauBoSung: '20250603090000', NgayBoSung: '20250604090000' }],
  ...change,
});

const problems = (item: unknown): string => {
  const r = portalDossierSchema().safeParse(item);
  return r.success ? '' : formatIssues(r.error);
};

describe('DongBoHoSoMC to dossier', () => {
  it('maps a record with both date forms and keeps the reporter apart', () => {
    const { dossier, personal } = portalDossierSchema().parse(record());
    expect(dossier).toMatchObject({
      code: 'H46.SXD-000001',
      agencyCode: 'SXD',
      agencyName: 'Sở Xây dựng',
      receivedAt: Date.UTC(2025, 5, 2, 1, 15),
      dueAt: Date.UTC(2025, 5, 17, 1, 15),
      finishedAt: Date.UTC(2025, 5, 10, 9),
      status: 9,
      channel: 2,
      paidOnline: 1,
      hasFees: true,
      componentsDigitised: true,
      reusedData: true,
      supplements: [{ requestedAt: Date.UTC(2025, 5, 3, 2), completedAt: Date.UTC(2025, 5, 4, 2) }],
    });
    expect(dossier).not.toHaveProperty('returnedAt');
    expect(JSON.stringify(dossier)).not.toContain('Trần Thị Lan');
    expect(personal).toEqual({ name: 'Trần Thị Lan', phone: '0912345678' });
  });

  it('counts a null channel as in person', () => {
    expect(portalDossierSchema().parse(record({ KenhThucHien: null })).dossier.channel).toBe(1);
  });

  it('names the field whose date is in neither form', () => {
    expect(problems(record({ NgayHenTra: '17/06/2025' }))).toBe('NgayHenTra: "17/06/2025" is neither yyyyMMddHHmmss nor an ISO 8601 date');
  });

  it('names an unknown status code', () => {
    expect(problems(record({ TrangThaiHoSo: 11 }))).toBe('TrangThaiHoSo: unknown status 11: TrangThaiHoSo runs from 1 to 10');
    expect(problems(record({ KenhThucHien: 4 }))).toBe('KenhThucHien: unknown KenhThucHien 4: expected 1, 2, 3');
  });

  it("applies common's rules: an ended dossier needs its end time", () => {
    expect(problems(record({ NgayKetThucXuLy: '' }))).toMatch(/^dossier\.finishedAt: needs the time of status 9/);
  });

  it('renames a provincial platform\'s fields with fieldMap', () => {
    const item = { ...record(), SoHoSo: 'H46.KHAC-1' } as Record<string, unknown>;
    delete item.MaHoSo;
    expect(renameFields(item, { SoHoSo: 'MaHoSo' })).toMatchObject({ MaHoSo: 'H46.KHAC-1' });
    expect(portalDossierSchema({ SoHoSo: 'MaHoSo' }).parse(item).dossier.code).toBe('H46.KHAC-1');
    expect(problems(item)).toMatch(/^MaHoSo: /);
  });
});
