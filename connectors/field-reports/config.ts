import { z } from 'zod';
import { boundedText, httpAddress, sourceConnectionFields } from '../sdk/option-fields.js';

/** Hours a report may take, counted in calendar hours from `requested_datetime`. */
const hours = z
  .number({ error: 'must be a number of hours' })
  .positive('must be more than 0 hours')
  .max(24 * 366, 'must be at most a year (8784 hours)');

const slaPairSchema = z.strictObject({
  normal: hours.meta({ label: { vi: 'Thường', en: 'Normal' }, help: { vi: 'giờ', en: 'hours' } }),
  urgent: hours.meta({ label: { vi: 'Khẩn', en: 'Urgent' }, help: { vi: 'giờ', en: 'hours' } }),
});
export type SlaPair = z.output<typeof slaPairSchema>;

const defaultSla: SlaPair = { normal: 72, urgent: 4 };

const days = z
  .number({ error: 'must be a number of days' })
  .int('must be a whole number of days')
  .min(1, 'must be at least 1')
  .max(3660, 'must be at most 3660 (ten years)');

/**
 * Options of one Open311 GeoReport v2 instance. The host shows each issue after its path
 * ("windowDays: must be at most 90"), so messages do not repeat the field name.
 */
export const fieldReportsConfigSchema = z.strictObject({
  ...sourceConnectionFields,
  /** The GeoReport v2 endpoint, e.g. "https://gateway.hue.gov.vn/open311/v2/"; services.json and requests.json resolve under it. */
  baseUrl: httpAddress().meta({
    label: { vi: 'Địa chỉ cổng Open311', en: 'Open311 endpoint' },
    help: { vi: 'địa chỉ GeoReport v2, ví dụ https://gateway.hue.gov.vn/open311/v2/', en: 'the GeoReport v2 address, e.g. https://gateway.hue.gov.vn/open311/v2/' },
  }),
  /** Sent as `jurisdiction_id` on every request; only endpoints that serve several jurisdictions need it. */
  jurisdictionId: boundedText(200)
    .optional()
    .meta({
      label: { vi: 'Mã đơn vị (jurisdiction_id)', en: 'Jurisdiction (jurisdiction_id)' },
      help: { vi: 'chỉ cần khi cổng phục vụ nhiều đơn vị', en: 'only for a gateway that serves several jurisdictions' },
    }),
  /** Sent as `api_key`; never logged and scrubbed from every message. */
  apiKey: boundedText(500)
    .optional()
    .meta({ label: { vi: 'Khóa API', en: 'API key' }, help: { vi: 'gửi dưới tên api_key', en: 'sent as api_key' } }),
  format: z
    .enum(['json', 'xml'], { error: 'must be "json" or "xml"' })
    .default('json')
    .meta({ label: { vi: 'Định dạng dữ liệu', en: 'Data format' }, help: { vi: 'json hoặc xml, như cổng trả về', en: 'json or xml, as the gateway answers' } }),
  pollMs: z
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(5000, 'must be at least 5000 ms')
    .default(60_000)
    .meta({ label: { vi: 'Chu kỳ đọc', en: 'Polling interval' }, help: { vi: 'mili giây (ms), ít nhất 5000', en: 'milliseconds (ms), at least 5000' } }),
  /** GeoReport v2 answers at most 90 days per query (wiki.open311.org/GeoReport_v2), so a longer catch-up walks in windows. */
  windowDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(90, 'must be at most 90: Open311 refuses a longer date range')
    .default(30)
    .meta({
      label: { vi: 'Số ngày mỗi truy vấn', en: 'Days per query' },
      help: { vi: 'ngày, 1–90: Open311 không nhận khoảng dài hơn', en: 'days, 1–90: Open311 refuses a longer range' },
    }),
  /**
   * What the gateway's start_date and end_date filter on. GeoReport v2 says `requested_datetime`; a gateway that
   * documents filtering on `updated_datetime` lets the sync read only what changed.
   */
  dateFilter: z
    .enum(['requested', 'updated'], { error: 'must be "requested" or "updated"' })
    .default('requested')
    .meta({
      label: { vi: 'Lọc ngày theo', en: 'Dates filter on' },
      help: {
        vi: 'requested: ngày gửi phản ánh (chuẩn GeoReport v2); updated: ngày cập nhật, chỉ khi cổng ghi rõ như vậy',
        en: 'requested: the report date (GeoReport v2); updated: the update date, only when the gateway documents it',
      },
    }),
  /** Late commits and a gateway clock behind ours would slip past a cursor set to our own now. */
  overlapSeconds: z
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more')
    .max(86_400, 'must be at most 86400 (a day)')
    .default(300)
    .meta({
      label: { vi: 'Đọc chồng lại', en: 'Overlap' },
      help: { vi: 'giây đọc lại trước điểm đồng bộ trước, 0–86400', en: 'seconds read again before the last sync point, 0–86400' },
    }),
  /** How far back the first sync reads reports of every status. */
  initialLookbackDays: days
    .default(30)
    .meta({
      label: { vi: 'Đọc lại từ', en: 'Look back' },
      help: { vi: 'số ngày lần đồng bộ đầu đọc lại mọi phản ánh, 1–3660', en: 'days the first sync reads back every report, 1–3660' },
    }),
  /**
   * How far back the first sync, and the first after each restart, look for reports still open
   * (`status=open`): the oldest open reports are the most overdue, the ones a control room must see.
   */
  openLookbackDays: days
    .default(365)
    .meta({
      label: { vi: 'Tìm phản ánh đang mở từ', en: 'Open reports back to' },
      help: {
        vi: 'số ngày tìm lại phản ánh chưa xử lý xong khi khởi động, 1–3660',
        en: 'days back the start looks for reports not yet closed, 1–3660',
      },
    }),
  /** Due time per category (`service_code`) and urgency, as the province sets it (domain.md §3). */
  sla: z
    .strictObject({
      default: slaPairSchema.default(defaultSla).meta({ label: { vi: 'Mặc định', en: 'Default' } }),
      byService: z
        .record(z.string().min(1, 'service codes must not be empty'), slaPairSchema)
        .default({})
        .meta({
          label: { vi: 'Theo lĩnh vực', en: 'By category' },
          help: { vi: 'khóa là mã lĩnh vực (service_code)', en: 'keyed by category code (service_code)' },
        }),
    })
    .default({ default: defaultSla, byService: {} })
    .meta({
      label: { vi: 'Thời hạn xử lý', en: 'Due times' },
      help: { vi: 'giờ tính từ lúc phản ánh được gửi, thường và khẩn', en: 'hours from the time of the report, normal and urgent' },
    }),
  /** Service codes whose reports are urgent unless a report says otherwise (`ioc_priority`). */
  urgentServices: z
    .array(z.string().min(1, 'must not be empty'))
    .default([])
    .meta({
      label: { vi: 'Lĩnh vực khẩn', en: 'Urgent categories' },
      help: { vi: 'mã lĩnh vực (service_code) có phản ánh mặc định là khẩn', en: 'category codes (service_code) whose reports are urgent by default' },
    }),
});

export type FieldReportsConfig = z.output<typeof fieldReportsConfigSchema>;
export type SlaConfig = FieldReportsConfig['sla'];
