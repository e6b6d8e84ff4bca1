import { z } from 'zod';
import { boundedText, httpAddress, sourceConnectionFields } from '../sdk/option-fields.js';

/**
 * A path of the adapter under `baseUrl`: the adapters of different provinces name their resources differently.
 * Never a scheme, host or query, so every request stays on the configured system and carries only our own query.
 */
const adapterPath = (fallback: string) =>
  z
    .string({ error: `must be a path under baseUrl such as "${fallback}"` })
    .max(200, 'must be at most 200 characters')
    .regex(/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/, `must be a path under baseUrl such as "${fallback}": letters, digits, "-", "_", "." and "/" between names, with no scheme, host or query, and no "/" at either end`)
    .refine((path) => !path.split('/').some((name) => name === '.' || name === '..'), 'must not step out of baseUrl with "." or ".."')
    .default(fallback);

const pathHelp = {
  vi: 'dưới địa chỉ hệ thống, không có / ở đầu, tên máy chủ hay tham số',
  en: 'under the system address, without a leading /, host or query',
};

/** Options of one QLVB&ĐH instance. The host prefixes each issue with its path, so messages do not repeat the field name. */
export const documentConfigSchema = z.strictObject({
  ...sourceConnectionFields,
  /** The adapter root, e.g. "https://qlvb.tinh.gov.vn/ioc/v1/"; the three paths below resolve under it. */
  baseUrl: httpAddress().meta({
    label: { vi: 'Địa chỉ hệ thống QLVB', en: 'Document system address' },
    help: { vi: 'gốc của API, ví dụ https://qlvb.tinh.gov.vn/ioc/v1/', en: 'the API root, e.g. https://qlvb.tinh.gov.vn/ioc/v1/' },
  }),
  documentsPath: adapterPath('documents').meta({
    label: { vi: 'Đường dẫn danh sách văn bản', en: 'Documents path' },
    help: { vi: `danh sách văn bản ${pathHelp.vi}, mặc định documents`, en: `the list of documents ${pathHelp.en}; documents by default` },
  }),
  /** The list of received packages; a package is read at `<packagesPath>/<id>`. */
  packagesPath: adapterPath('edxml/packages').meta({
    label: { vi: 'Đường dẫn gói edXML', en: 'edXML packages path' },
    help: {
      vi: `danh sách gói edXML đã nhận ${pathHelp.vi}; mỗi gói đọc tại <đường dẫn>/<mã gói>; mặc định edxml/packages`,
      en: `the list of received edXML packages ${pathHelp.en}; each package is read at <path>/<id>; edxml/packages by default`,
    },
  }),
  statusPath: adapterPath('edxml/status').meta({
    label: { vi: 'Đường dẫn gói tin trạng thái edXML', en: 'edXML status packets path' },
    help: { vi: `gói tin trạng thái ${pathHelp.vi}; mặc định edxml/status`, en: `the status packets ${pathHelp.en}; edxml/status by default` },
  }),
  /** Sent as the `X-API-Key` header, never in the URL; never logged and scrubbed from every message. */
  apiKey: boundedText(500)
    .optional()
    .meta({ label: { vi: 'Khóa API', en: 'API key' }, help: { vi: 'gửi trong tiêu đề X-API-Key', en: 'sent in the X-API-Key header' } }),
  pollMs: z
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(5000, 'must be at least 5000 ms')
    .default(120_000)
    .meta({ label: { vi: 'Chu kỳ đọc', en: 'Polling interval' }, help: { vi: 'mili giây (ms), ít nhất 5000', en: 'milliseconds (ms), at least 5000' } }),
  /** Display names by department code as the source sends it ("STC" → "Sở Tài chính"); unknown codes show as sent. */
  departments: z
    .record(z.string().min(1, 'department codes must not be empty'), z.string().min(1, 'must not be empty').max(200))
    .optional()
    .meta({
      label: { vi: 'Tên cơ quan, đơn vị', en: 'Department names' },
      help: { vi: 'mã như nguồn gửi → tên hiển thị, ví dụ STC → Sở Tài chính', en: 'code as the source sends it → name shown, e.g. STC → Sở Tài chính' },
    }),
  /**
   * The department code of each receiving agency of an edXML package, by its electronic ID code (To/OrganId);
   * a package for an agency not listed counts under its OrganId and the name it gives.
   */
  organIds: z
    .record(z.string().min(1, 'agency codes must not be empty').max(100), boundedText(100))
    .optional()
    .meta({
      label: { vi: 'Mã định danh cơ quan nhận gói edXML', en: 'Receiving agencies of edXML packages' },
      help: { vi: 'mã định danh → mã đơn vị, ví dụ 000.00.12.H46 → STC', en: 'agency ID code → department code, e.g. 000.00.12.H46 → STC' },
    }),
  /** How far back the first poll of a run reads edXML packages and status packets, for the documents still open. */
  edxmlLookbackDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(366, 'must be at most 366 days')
    .default(30)
    .meta({
      label: { vi: 'Số ngày đọc lại gói edXML khi khởi động', en: 'Days of edXML read back at start' },
      help: {
        vi: 'gói và gói tin trạng thái của bấy nhiêu ngày được đọc lại để biết văn bản còn đang xử lý',
        en: 'packages and status packets of this many days are read again to find the documents still open',
      },
    }),
});

export type DocumentConfig = z.output<typeof documentConfigSchema>;
