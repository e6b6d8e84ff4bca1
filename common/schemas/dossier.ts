import { z } from 'zod';
import { epochMsSchema, labelSchema } from './ids.js';

/**
 * A public-service dossier (hồ sơ TTHC) as IOC Wall keeps it, mapped from the DVCQG sync record
 * `DongBoHoSoMC` (domain.md 1.1 [S3a], extra fields from the 766 formula document [S2c]).
 * Times are epoch ms; the connector converts the portal's date strings.
 */

/** `TrangThaiHoSo`, the same in several one-stop-shop codebases [S3b]. */
export const dossierStatusNames = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;
export type DossierStatus = keyof typeof dossierStatusNames;

/** `KenhThucHien` [S3b][S2c]. */
export const dossierChannelNames = {
  1: 'Trực tiếp',
  2: 'Trực tuyến',
  3: 'Bưu chính công ích',
} as const;
export type DossierChannel = keyof typeof dossierChannelNames;

/** Statuses that end processing ([S2c] 2.1 lists refusal, stop, done, returned and withdrawal). */
export const endStatuses: readonly DossierStatus[] = [3, 7, 8, 9, 10];

export const dossierStatusSchema = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {
  error: 'must be a TrangThaiHoSo from 1 to 10',
});

export const supplementRequestSchema = z
  .object({
    /** NgayBoSung: the officer asks for more papers (yêu cầu bổ sung). */
    requestedAt: epochMsSchema,
    /** NgayTiepNhanBoSung: the citizen has brought them (hoàn thành bổ sung); absent while the request is open. */
    completedAt: epochMsSchema.optional(),
    /** NgayHenTraTruoc: the due date before this request. */
    previousDueAt: epochMsSchema.optional(),
    /**
     * NgayHenTraMoi: the due date the portal set because of this request. When it moved the due date, the time
     * with the citizen is already in the new date and is not subtracted again [S2c] 2.1.
     */
    newDueAt: epochMsSchema.optional(),
  })
  .refine((s) => s.completedAt === undefined || s.completedAt >= s.requestedAt, {
    message: 'must not be before requestedAt',
    path: ['completedAt'],
  });
export type SupplementRequest = z.infer<typeof supplementRequestSchema>;

/** DonViTinh of ThoiGianGiaiQuyet: hours, calendar days or working days (Monday to Friday). */
export const legalTimeUnits = ['hour', 'day', 'working-day'] as const;
export type LegalTimeUnit = (typeof legalTimeUnits)[number];

/** ThoiGianGiaiQuyet with its DonViTinh: the time the procedure allows (thời gian giải quyết của TTHC). */
export const legalTimeSchema = z.object({
  amount: z.number().positive('must be above 0'),
  unit: z.enum(legalTimeUnits, { error: `must be one of ${legalTimeUnits.join(', ')}` }),
});
export type LegalTime = z.infer<typeof legalTimeSchema>;

export const dossierSchema = z
  .object({
    /** MaHoSo. */
    code: z.string().min(1).max(100),
    /** MaTTHC. */
    procedureCode: z.string().min(1).max(100),
    /** TenTTHC. */
    procedureName: z.string().min(1).max(1000).optional(),
    /** DonViXuLy: the agency that handles the dossier. */
    agencyCode: z.string().min(1).max(100),
    agencyName: labelSchema,
    /** NgayTiepNhan: the start of processing [S2c] 2.1. Dossiers without it are not counted [S2c] 4.3. */
    receivedAt: epochMsSchema,
    /** NgayHenTra. */
    dueAt: epochMsSchema.optional(),
    /** NgayKetThucXuLy: the time of the current end status when there is no history. */
    finishedAt: epochMsSchema.optional(),
    /** NgayTra. */
    returnedAt: epochMsSchema.optional(),
    status: dossierStatusSchema,
    /** From CapNhatTienDoHoSoMC updates (TrangThai, ThoiDiemXuLy). */
    statusHistory: z.array(z.object({ status: dossierStatusSchema, at: epochMsSchema })).optional(),
    /** KenhThucHien; a missing channel counts as in person [S2c] 3.3. */
    channel: z
      .literal([1, 2, 3], { error: 'must be a KenhThucHien of 1, 2 or 3' })
      .nullish()
      .transform((c): DossierChannel => c ?? 1),
    /** DuocThanhToanTrucTuyen: 0 no, 1 paid on DVCQG, 2 paid on the ministry or province portal. */
    paidOnline: z.literal([0, 1, 2], { error: 'must be a DuocThanhToanTrucTuyen of 0, 1 or 2' }).optional(),
    /** The procedure has fees in the national TTHC database and they are not all 0 [S2c] 3.6. */
    hasFees: z.boolean().optional(),
    /** DanhSachHoSoBoSung. */
    supplements: z.array(supplementRequestSchema).default([]),
    /** Components have files (HoSoCoThanhPhanSoHoa / TaiLieuNop[].DuocSoHoa) [S2c] 4.2. */
    componentsDigitised: z.boolean().optional(),
    /** The result has a file (DanhSachGiayToKetQua[].DuongDanTepTinKetQua) [S2c] 4.2. */
    resultDigitised: z.boolean().optional(),
    /** At least one component reuses digitised data [S2c] 4.3. */
    reusedData: z.boolean().optional(),
    /**
     * ThoiGianGiaiQuyet + DonViTinh, the time the procedure allows: judges dossiers without NgayHenTra [S2c] 2.1.
     */
    legalTime: legalTimeSchema.optional(),
    /** The result has an electronic copy: MaKetQua and a result file link [S2c] 3.3. */
    electronicResult: z.boolean().optional(),
    /** The procedure issues a paper result, so an online dossier also needs an electronic result [S2c] 3.3. */
    paperResult: z.boolean().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.dueAt === undefined && d.legalTime === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['dueAt'],
        message: 'needs dueAt (NgayHenTra) or legalTime (ThoiGianGiaiQuyet) to judge whether it is on time',
      });
    }
    const ended = endStatuses.includes(d.status);
    const timed =
      d.finishedAt !== undefined ||
      (d.status === 10 && d.returnedAt !== undefined) ||
      (d.statusHistory ?? []).some((h) => h.status === d.status);
    if (ended && !timed) {
      ctx.addIssue({
        code: 'custom',
        path: ['finishedAt'],
        message: `needs the time of status ${d.status} (${dossierStatusNames[d.status]}): finishedAt or a statusHistory entry`,
      });
    }
  });
export type Dossier = z.infer<typeof dossierSchema>;
export type DossierInput = z.input<typeof dossierSchema>;
