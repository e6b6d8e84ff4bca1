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
  DanhSachHoSoBoSung: [{ NgayBoSung: '20250603090000', NgayTiepNhanBoSung: '20250604090000', NgayHenTraTruoc: '20250617081500', NgayHenTraMoi: '20250618081500' }],
  DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy phép', DuongDanTepTinKetQua: 'https://dvc.example/kq.pdf' }],
  MaKetQua: 'KQ.1',
  ThoiGianGiaiQuyet: '15',
  DonViTinh: 'Ngày làm việc',
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
      supplements: [
        { requestedAt: Date.UTC(2025, 5, 3, 2), completedAt: Date.UTC(2025, 5, 4, 2), previousDueAt: Date.UTC(2025, 5, 17, 1, 15), newDueAt: Date.UTC(2025, 5, 18, 1, 15) },
      ],
      legalTime: { amount: 15, unit: 'working-day' },
      electronicResult: true,
      paperResult: false,
    });
    expect(dossier).not.toHaveProperty('returnedAt');
    expect(JSON.stringify(dossier)).not.toContain('Trần Thị Lan');
    expect(personal).toEqual({ name: 'Trần Thị Lan', phone: '0912345678' });
  });

  it('maps ThoiGianGiaiQuyet and DonViTinh, so a dossier without NgayHenTra is kept', () => {
    const noDue = (change: Record<string, unknown>) => portalDossierSchema().parse(record({ NgayHenTra: '', ...change })).dossier;
    expect(noDue({}).legalTime).toEqual({ amount: 15, unit: 'working-day' });
    expect(noDue({ ThoiGianGiaiQuyet: 8, DonViTinh: 'giờ' }).legalTime).toEqual({ amount: 8, unit: 'hour' });
    expect(noDue({ ThoiGianGiaiQuyet: 30, DonViTinh: 'NGAY' }).legalTime).toEqual({ amount: 30, unit: 'day' });
    // the national TTHC database names no unit for calendar days
    expect(noDue({ ThoiGianGiaiQuyet: 30, DonViTinh: null }).legalTime).toEqual({ amount: 30, unit: 'day' });
    expect(problems(record({ DonViTinh: 'Tuần' }))).toBe('DonViTinh: unknown DonViTinh "Tuần": expected "Ngày", "Ngày làm việc" or "Giờ"');
    expect(problems(record({ NgayHenTra: '', ThoiGianGiaiQuyet: '' }))).toBe(
      'dossier.dueAt: needs dueAt (NgayHenTra) or legalTime (ThoiGianGiaiQuyet) to judge whether it is on time',
    );
  });

  it('gives an online dossier of a paper-result procedure an electronic result only with MaKetQua and a file', () => {
    const paper = portalDossierSchema({ paperResultProcedures: ['1.009972'] });
    expect(paper.parse(record()).dossier).toMatchObject({ paperResult: true, electronicResult: true });
    expect(paper.parse(record({ MaKetQua: '' })).dossier.electronicResult).toBe(false);
    expect(paper.parse(record({ DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy phép' }] })).dossier.electronicResult).toBe(false);
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
    expect(portalDossierSchema({ fieldMap: { SoHoSo: 'MaHoSo' } }).parse(item).dossier.code).toBe('H46.KHAC-1');
    expect(problems(item)).toMatch(/^MaHoSo: /);
  });

  it('renames the fields of supplement entries too, for a platform that writes the request as NgayYeuCauBoSung', () => {
    const item = record({ DanhSachHoSoBoSung: [{ NgayYeuCauBoSung: '20250603090000', NgayNhanBoSung: '20250604090000' }] });
    expect(problems(item)).toBe('DanhSachHoSoBoSung[0].NgayBoSung: must be a date string');
    const mapped = portalDossierSchema({ fieldMap: { NgayYeuCauBoSung: 'NgayBoSung', NgayNhanBoSung: 'NgayTiepNhanBoSung' } }).parse(item);
    expect(mapped.dossier.supplements).toEqual([{ requestedAt: Date.UTC(2025, 5, 3, 2), completedAt: Date.UTC(2025, 5, 4, 2) }]);
  });
});
