import { z } from 'zod';
import { dossierSchema, dossierStatusNames, type Dossier, type DossierInput, type DossierStatus } from '../../common/schemas/dossier.js';
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
  /** NgayYeuCauBoSung: the officer's request; NgayBoSung: the citizen brought the papers (hoàn thành bổ sung). */
  DanhSachHoSoBoSung: z.array(z.object({ NgayYeuCauBoSung: portalDate, NgayBoSung: optionalDate })).nullish(),
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

/** The 766 views of a sync record: digitisation [S2c] 4.2, reuse 4.3, fees 3.6. */
function toDossierInput(r: SyncRecord): DossierInput {
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
    supplements: (r.DanhSachHoSoBoSung ?? []).map((s) => defined({ requestedAt: s.NgayYeuCauBoSung, completedAt: s.NgayBoSung })),
    componentsDigitised: r.HoSoCoThanhPhanSoHoa ?? (papers.length > 0 ? papers.every((p) => p.DuocSoHoa === true) : undefined),
    resultDigitised: results.length > 0 ? results.some((g) => g.DuongDanTepTinKetQua !== undefined) : undefined,
    reusedData: papers.length > 0 ? papers.some((p) => p.DuocLayTuKhoDMQG === true) : undefined,
  });
}

/** Renames a provincial platform's top-level fields to DVCQG names; the DVCQG name wins over a renamed one. */
export function renameFields(item: unknown, fieldMap: Record<string, string> | undefined): unknown {
  if (!fieldMap || typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const target = fieldMap[key] ?? key;
    if (!(target in out) || target === key) out[target] = value;
  }
  return out;
}

/** The schema the connector checks each record with: rename, parse, map, then common's dossier rules. */
export function portalDossierSchema(fieldMap?: Record<string, string>) {
  return z.preprocess(
    (item) => renameFields(item, fieldMap),
    syncRecordSchema.transform((r, ctx): PortalDossier => {
      const checked = dossierSchema.safeParse(toDossierInput(r));
      if (!checked.success) {
        // The dossier's own rules (a deadline, the time of an end status) reported under the dossier's field names.
        for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: ['dossier', ...issue.path], message: issue.message });
        return z.NEVER;
      }
      return { dossier: checked.data, personal: defined({ name: r.ChuHoSo, phone: r.SoDienThoai, email: r.Email }) };
    }),
  );
}
