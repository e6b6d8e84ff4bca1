import { z } from 'zod';
import { boundedText, httpAddress, sourceConnectionFields } from '../sdk/option-fields.js';

/** The six group codes of index 766 as the DVCQG reporting API writes them (domain.md 1.3 [S2a][S2d]). */
export const scoreGroups = ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'] as const;
export type ScoreGroup = (typeof scoreGroups)[number];

/** The DVCQG evaluation endpoints (domain.md 1.4 [S2d][S2e]); each is asked at most once per poll. */
export const reportEndpoints = [
  'service-results',
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
] as const;
export type ReportEndpoint = (typeof reportEndpoints)[number];

const path = z
  .string({ error: 'must be a path such as "/auth"' })
  .regex(/^\/[A-Za-z0-9._~/-]*$/, 'must be a path starting with "/", without a host or a query');

/**
 * Options of one public-service portal instance. The host shows each issue after its path
 * ("pollMs: must be at least 10000 ms"), so messages do not repeat the field name.
 */
export const portalConfigSchema = z
  .strictObject({
    ...sourceConnectionFields,
    /** "integration": the province's LGSP / OpenCPS-style adapter; "national-report": the DVCQG public ranking (opt-in). */
    mode: z.enum(['integration', 'national-report'], { error: 'must be "integration" or "national-report"' }).meta({
      label: { vi: 'Chế độ', en: 'Mode' },
      help: {
        vi: 'integration: trục tích hợp của tỉnh (LGSP); national-report: bảng xếp hạng 766 của Cổng DVCQG',
        en: 'integration: the province\'s integration adapter (LGSP); national-report: the national portal\'s 766 ranking',
      },
    }),
    baseUrl: httpAddress().meta({
      label: { vi: 'Địa chỉ máy chủ', en: 'Server address' },
      help: { vi: 'trục tích hợp hoặc API báo cáo của DVCQG, http(s)://…', en: 'the adapter or the DVCQG reporting API, http(s)://…' },
    }),
    username: boundedText(200)
      .optional()
      .meta({ label: { vi: 'Tên đăng nhập', en: 'Username' }, help: { vi: 'cần ở chế độ integration', en: 'needed in integration mode' } }),
    /** Sent only in the login body; never logged and scrubbed from every message. */
    password: boundedText(500)
      .optional()
      .meta({ label: { vi: 'Mật khẩu', en: 'Password' }, help: { vi: 'cần ở chế độ integration', en: 'needed in integration mode' } }),
    authPath: path.default('/auth').meta({
      label: { vi: 'Đường dẫn đăng nhập', en: 'Login path' },
      help: { vi: 'bắt đầu bằng /, không có tên máy chủ', en: 'starts with /, without the host' },
    }),
    integrationPath: path.default('/integration').meta({
      label: { vi: 'Đường dẫn tích hợp', en: 'Integration path' },
      help: { vi: 'bắt đầu bằng /, không có tên máy chủ', en: 'starts with /, without the host' },
    }),
    /** `madonvi` of the adapter: the agency (or the province's root unit) whose dossiers are read. */
    madonvi: boundedText(100)
      .optional()
      .meta({
        label: { vi: 'Mã đơn vị (madonvi)', en: 'Agency code (madonvi)' },
        help: { vi: 'đơn vị có hồ sơ được đọc, ví dụ 000.00.00.H46; cần ở chế độ integration', en: 'the agency whose dossiers are read, e.g. 000.00.00.H46; needed in integration mode' },
      }),
    /** The GSO province code of QĐ 19/2025/QĐ-TTg (domain.md §8): 46 is Huế. */
    province: z
      .string()
      .regex(/^\d{2}$/, 'must be a 2-digit province code such as "46"')
      .default('46')
      .meta({
        label: { vi: 'Mã tỉnh', en: 'Province code' },
        help: { vi: '2 chữ số theo QĐ 19/2025/QĐ-TTg; Huế là 46', en: '2 digits (QĐ 19/2025/QĐ-TTg); Huế is 46' },
      }),
    /**
     * The province's own code on DVCQG ("H26" is Hà Nội). It is not the GSO code (domain.md 1.4), so the
     * national report needs it to find the province's row in the ranking.
     */
    departmentCode: z
      .string()
      .regex(/^[HG]\d{2}$/, 'must be a DVCQG code such as "H26"')
      .optional()
      .meta({
        label: { vi: 'Mã tỉnh trên DVCQG', en: 'Province code on DVCQG' },
        help: { vi: 'ví dụ H26 (Hà Nội); chế độ national-report cần mã này hoặc rootDepartmentId', en: 'e.g. H26 (Hà Nội); national-report mode needs it or rootDepartmentId' },
      }),
    /** DVCQG `rootDepartmentId`: asks for the province's own breakdown instead of the national list. */
    rootDepartmentId: boundedText(100)
      .optional()
      .meta({
        label: { vi: 'Mã đơn vị gốc (rootDepartmentId)', en: 'Root department (rootDepartmentId)' },
        help: { vi: 'để lấy số liệu riêng của tỉnh thay cho danh sách cả nước', en: 'asks for the province\'s own breakdown instead of the national list' },
      }),
    /** The evaluation endpoints the national report asks, one request each per poll. */
    endpoints: z
      .array(z.enum(reportEndpoints, { error: `must be one of ${reportEndpoints.join(', ')}` }))
      .min(1, 'must list at least one endpoint')
      .default(['service-results'])
      .meta({
        label: { vi: 'Báo cáo cần đọc', en: 'Reports to read' },
        help: { vi: 'các API đánh giá của DVCQG, mỗi chu kỳ đọc một lần mỗi mục', en: 'DVCQG evaluation endpoints, each read once per poll' },
      }),
    pollMs: z
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(10_000, 'must be at least 10000 ms')
      .default(300_000)
      .meta({ label: { vi: 'Chu kỳ đọc', en: 'Polling interval' }, help: { vi: 'mili giây (ms), ít nhất 10000', en: 'milliseconds (ms), at least 10000' } }),
    /** The reporting period the metrics count, in Asia/Ho_Chi_Minh time. */
    period: z
      .enum(['today', 'month', 'year'], { error: 'must be "today", "month" or "year"' })
      .default('month')
      .meta({
        label: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
        help: { vi: 'today: hôm nay, month: tháng, year: năm, theo giờ Việt Nam', en: 'today, month or year, in Vietnam time' },
      }),
    /**
     * Each poll re-reads this much before the cursor: a record committed upstream after a window was read, or
     * stamped by a clock running behind, is still picked up. Re-read records that did not change are not stored again.
     */
    overlapMs: z
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(0, 'must not be negative')
      .max(86_400_000, 'must be at most 86400000 ms (one day)')
      .default(600_000)
      .meta({
        label: { vi: 'Đọc lại trước mốc', en: 'Overlap before the cursor' },
        help: { vi: 'mili giây đọc lại trước lần đồng bộ trước, cho bản ghi ghi muộn hoặc lệch giờ; mặc định 600000 (10 phút)', en: 'milliseconds re-read before the last sync, for late commits and clock skew; default 600000 (10 minutes)' },
      }),
    /**
     * How the first poll of a run finds the open dossiers carried over from earlier periods: "status" asks for
     * every dossier now in an open TrangThaiHoSo (this contract's query, ⚠ not found in any platform's
     * documentation), falling back to "window" for the run when the adapter refuses it; "window" reads the
     * records updated in the last `openWindowDays` instead.
     */
    openQuery: z
      .enum(['status', 'window'], { error: 'must be "status" or "window"' })
      .default('status')
      .meta({
        label: { vi: 'Cách đọc hồ sơ còn mở', en: 'How open dossiers are read' },
        help: {
          vi: 'status: hỏi theo TrangThaiHoSo, trục từ chối thì đọc theo khoảng cập nhật; window: luôn đọc các hồ sơ cập nhật trong số ngày bên dưới',
          en: 'status: ask by TrangThaiHoSo, reading an update window if the adapter refuses; window: always read the dossiers updated in the days below',
        },
      }),
    /** The update window read for the open dossiers when the status query is not used: older open dossiers are missed. */
    openWindowDays: z
      .number({ error: 'must be a number of days' })
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(366, 'must be at most 366 days')
      .default(90)
      .meta({
        label: { vi: 'Số ngày đọc hồ sơ còn mở', en: 'Days read for open dossiers' },
        help: {
          vi: 'hồ sơ còn mở cập nhật trong chừng này ngày gần nhất được tính; mặc định 90',
          en: 'open dossiers updated within this many days are counted; default 90',
        },
      }),
    /**
     * MaTTHC of the procedures that issue a paper result: their online dossiers count for 3.3 only with an
     * electronic result (MaKetQua and a result file) [S2c]. The sync record does not say which procedures do.
     */
    paperResultProcedures: z
      .array(boundedText(100))
      .max(5000, 'must list at most 5000 procedures')
      .default([])
      .meta({
        label: { vi: 'TTHC trả kết quả bản giấy', en: 'Procedures with a paper result' },
        help: { vi: 'mã TTHC (MaTTHC); hồ sơ trực tuyến của các TTHC này chỉ tính ở chỉ số 3.3 khi có kết quả điện tử', en: 'MaTTHC codes; their online dossiers count for indicator 3.3 only with an electronic result' },
      }),
    /** Renames fields of a provincial platform to DVCQG names before mapping: { "SoHoSo": "MaHoSo" }. */
    fieldMap: z
      .record(z.string().min(1, 'field names must not be empty'), z.string().min(1, 'field names must not be empty'))
      .optional()
      .meta({
        label: { vi: 'Đổi tên trường', en: 'Field renames' },
        help: { vi: 'tên trường của nền tảng tỉnh → tên DVCQG, ví dụ SoHoSo → MaHoSo', en: 'the provincial platform\'s field → the DVCQG name, e.g. SoHoSo → MaHoSo' },
      }),
  })
  .superRefine((o, ctx) => {
    if (o.mode === 'national-report') {
      if (o.departmentCode === undefined && o.rootDepartmentId === undefined) {
        ctx.addIssue({ code: 'custom', path: ['departmentCode'], message: 'is needed in national-report mode, unless rootDepartmentId is given' });
      }
      return;
    }
    for (const key of ['username', 'password', 'madonvi'] as const) {
      if (o[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'is needed in integration mode' });
    }
  });

export type PortalConfig = z.output<typeof portalConfigSchema>;
