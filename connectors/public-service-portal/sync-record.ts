import { z } from 'zod';
import { dossierSchema, dossierStatusNames, type Dossier, type DossierInput, type DossierStatus, type LegalTimeUnit } from '../../common/schemas/dossier.js';
import { parsePortalDate } from './local-time.js';

/**
 * The DVCQG sync record `DongBoHoSoMC` as an integration adapter sends it (domain.md 1.1 [S3a], the extra
 * fields of the 766 formula document [S2c]), checked field by field and mapped to common's dossier.
 * Unknown fields are ignored: adapters add their own.
 */

function readDate(text: string, ctx: z.RefinementCtx): number {
  const t = parsePortalDate(text.trim());
  if (t !== undefined) return t;
  ctx.addIssue({ code: 'custom', message: `"${text.slice(0, 40)}" is neither yyyyMMddHHmmss nor an ISO 8601 date` });
  return z.NEVER;
}
/** A date in either DVCQG form; the issue path names the field when neither parses. */
const portalDate = z.string({ error: 'must be a date string' }).transform(readDate);
/** Adapters write a missing date as null or "". */
const optionalDate = z
  .union([z.string(), z.null(), z.undefined()], { error: 'must be a date string or null' })
  .transform((v, ctx) => (v === null || v === undefined || v.trim() === '' ? undefined : readDate(v, ctx)))
  .optional();

/** 0/1 flags arrive as numbers, digit strings or booleans depending on the platform. */
const flag = z.union([z.boolean(), z.literal([0, 1, '0', '1'])]).transform((v) => v === true || v === 1 || v === '1');

const small = (values: readonly number[], what: string) =>
  z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).refine((v) => values.includes(v), {
    error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}: expected ${values.join(', ')}`,
  });

const statusCodes = Object.keys(dossierStatusNames).map(Number);

/** DonViTinh as platforms write it, with or without Vietnamese marks, in any case. */
const unitWords: Record<string, LegalTimeUnit> = { ngay: 'day', 'ngay lam viec': 'working-day', gio: 'hour', 'gio lam viec': 'hour' };
const plain = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim().replace(/\s+/g, ' ');

/** Missing DonViTinh reads as calendar days, the unit the national TTHC database uses when it names none. */
const timeUnit = z
  .union([z.string(), z.null(), z.undefined()], { error: 'must be a unit such as "Ngày làm việc"' })
  .transform((v, ctx): LegalTimeUnit => {
    if (v === null || v === undefined || v.trim() === '') return 'day';
    const unit = unitWords[plain(v)];
    if (unit) return unit;
    ctx.addIssue({ code: 'custom', message: `unknown DonViTinh ${JSON.stringify(v.slice(0, 40))}: expected "Ngày", "Ngày làm việc" or "Giờ"` });
    return z.NEVER;
  })
  .optional();

const amount = z.union([z.number(), z.string().trim().regex(/^\d+(\.\d+)?$/, 'must be a number').transform(Number)], { error: 'must be a number' });

/** Named in the message: an operator must see which code the platform invented. */
const status = z.unknown().transform((value, ctx): DossierStatus => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && statusCodes.includes(n)) return n as DossierStatus;
  ctx.addIssue({ code: 'custom', message: `unknown status ${JSON.stringify(value)}: TrangThaiHoSo runs from 1 to 10` });
  return z.NEVER;
});

const text = (max: number) => z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(max);
const optionalText = (max: number) =>
  z
    .union([z.null(), z.undefined(), z.string().trim().max(max)])
    .transform((v) => (v === null || v === undefined || v === '' ? undefined : v))
    .optional();

export const syncRecordSchema = z.object({
  MaHoSo: text(100),
  MaTTHC: text(100),
  TenTTHC: optionalText(1000),
  /** The handling agency's code; adapters of the OpenCPS style add its name as TenDonViXuLy. */
  DonViXuLy: text(100),
  TenDonViXuLy: optionalText(200),
  NgayTiepNhan: portalDate,
  NgayHenTra: optionalDate,
  NgayKetThucXuLy: optionalDate,
  NgayTra: optionalDate,
  TrangThaiHoSo: status,
  /** Null counts as in person [S2c] 3.3. */
  KenhThucHien: small([1, 2, 3], 'KenhThucHien').nullish(),
  DuocThanhToanTrucTuyen: small([0, 1, 2], 'DuocThanhToanTrucTuyen').nullish(),
  ChuHoSo: optionalText(200),
  SoDienThoai: optionalText(50),
  Email: optionalText(200),
  HoSoCoThanhPhanSoHoa: flag.nullish(),
  TaiLieuNop: z.array(z.object({ DuocSoHoa: flag.nullish(), DuocLayTuKhoDMQG: flag.nullish() })).nullish(),
  DanhSachLePhi: z.array(z.object({ Gia: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)]).nullish() })).nullish(),
  DanhSachGiayToKetQua: z.array(z.object({ DuongDanTepTinKetQua: optionalText(2000) })).nullish(),
  /** The electronic result's code [S2c] 3.3. */
  MaKetQua: optionalText(200),
  /** The procedure's legal time; empty when the platform leaves it to the national TTHC database. */
  ThoiGianGiaiQuyet: z.union([amount, z.null(), z.literal('')]).optional(),
  DonViTinh: timeUnit,
  /**
   * NgayBoSung: the officer's request; NgayTiepNhanBoSung: the citizen brought the papers (hoàn thành bổ
   * sung); NgayHenTraTruoc and NgayHenTraMoi: the due date before and after the request (domain.md 1.1).
   */
  DanhSachHoSoBoSung: z
    .array(z.object({ NgayBoSung: portalDate, NgayTiepNhanBoSung: optionalDate, NgayHenTraTruoc: optionalDate, NgayHenTraMoi: optionalDate }))
    .nullish(),
});
export type SyncRecord = z.output<typeof syncRecordSchema>;

/**
 * The reporter (chủ hồ sơ): personal data under Nghị định 13/2023/NĐ-CP, kept apart so the wall can mask
 * it as a whole; it never goes into metrics, alerts or logs.
 */
export interface PersonalData {
  name?: string;
  phone?: string;
  email?: string;
}

export interface PortalDossier {
  dossier: Dossier;
  personal: PersonalData;
}

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** What the connector knows beyond the record: which procedures issue a paper result. */
export interface MappingOptions {
  fieldMap?: Record<string, string> | undefined;
  paperResultProcedures?: readonly string[] | undefined;
}

const legalTimeOf = (r: SyncRecord) =>
  typeof r.ThoiGianGiaiQuyet === 'number' ? { amount: r.ThoiGianGiaiQuyet, unit: r.DonViTinh ?? 'day' } : undefined;

/** The 766 views of a sync record: digitisation [S2c] 4.2, reuse 4.3, fees 3.6, electronic result 3.3. */
function toDossierInput(r: SyncRecord, paperResult: ReadonlySet<string>): DossierInput {
  const papers = r.TaiLieuNop ?? [];
  const results = r.DanhSachGiayToKetQua ?? [];
  return defined({
    code: r.MaHoSo,
    procedureCode: r.MaTTHC,
    procedureName: r.TenTTHC,
    agencyCode: r.DonViXuLy,
    agencyName: r.TenDonViXuLy ?? r.DonViXuLy,
    receivedAt: r.NgayTiepNhan,
    dueAt: r.NgayHenTra,
    finishedAt: r.NgayKetThucXuLy,
    returnedAt: r.NgayTra,
    status: r.TrangThaiHoSo,
    channel: r.KenhThucHien as 1 | 2 | 3 | null | undefined,
    paidOnline: (r.DuocThanhToanTrucTuyen ?? undefined) as 0 | 1 | 2 | undefined,
    hasFees: r.DanhSachLePhi ? r.DanhSachLePhi.some((f) => (f.Gia ?? 0) > 0) : undefined,
    supplements: (r.DanhSachHoSoBoSung ?? []).map((s) =>
      defined({ requestedAt: s.NgayBoSung, completedAt: s.NgayTiepNhanBoSung, previousDueAt: s.NgayHenTraTruoc, newDueAt: s.NgayHenTraMoi }),
    ),
    legalTime: legalTimeOf(r),
    electronicResult: r.MaKetQua !== undefined && results.some((g) => g.DuongDanTepTinKetQua !== undefined),
    paperResult: paperResult.has(r.MaTTHC),
    componentsDigitised: r.HoSoCoThanhPhanSoHoa ?? (papers.length > 0 ? papers.every((p) => p.DuocSoHoa === true) : undefined),
    resultDigitised: results.length > 0 ? results.some((g) => g.DuongDanTepTinKetQua !== undefined) : undefined,
    reusedData: papers.length > 0 ? papers.some((p) => p.DuocLayTuKhoDMQG === true) : undefined,
  });
}

const renameKeys = (item: Record<string, unknown>, fieldMap: Record<string, string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const target = fieldMap[key] ?? key;
    if (!(target in out) || target === key) out[target] = value;
  }
  return out;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Renames a provincial platform's fields to DVCQG names, at the top level and in each DanhSachHoSoBoSung
 * entry (a platform that writes the request as NgayYeuCauBoSung maps it to NgayBoSung); the DVCQG name wins
 * over a renamed one.
 */
export function renameFields(item: unknown, fieldMap: Record<string, string> | undefined): unknown {
  if (!fieldMap || !isObject(item)) return item;
  const out = renameKeys(item, fieldMap);
  const supplements = out.DanhSachHoSoBoSung;
  if (Array.isArray(supplements)) out.DanhSachHoSoBoSung = supplements.map((s: unknown) => (isObject(s) ? renameKeys(s, fieldMap) : s));
  return out;
}

/** The schema the connector checks each record with: rename, parse, map, then common's dossier rules. */
export function portalDossierSchema(options: MappingOptions = {}) {
  const paperResult = new Set(options.paperResultProcedures ?? []);
  return z.preprocess(
    (item) => renameFields(item, options.fieldMap),
    syncRecordSchema.transform((r, ctx): PortalDossier => {
      const checked = dossierSchema.safeParse(toDossierInput(r, paperResult));
      if (!checked.success) {
        // The dossier's own rules (a deadline, the time of an end status) reported under the dossier's field names.
        for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: ['dossier', ...issue.path], message: issue.message });
        return z.NEVER;
      }
      return { dossier: checked.data, personal: defined({ name: r.ChuHoSo, phone: r.SoDienThoai, email: r.Email }) };
    }),
  );
}
