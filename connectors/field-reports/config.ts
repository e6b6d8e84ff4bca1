import { z } from 'zod';

/** Hours a report may take, counted in calendar hours from `requested_datetime`. */
const hours = z
  .number({ error: 'must be a number of hours' })
  .positive('must be more than 0 hours')
  .max(24 * 366, 'must be at most a year (8784 hours)');

const slaPairSchema = z.strictObject({ normal: hours, urgent: hours });
export type SlaPair = z.output<typeof slaPairSchema>;

const defaultSla: SlaPair = { normal: 72, urgent: 4 };

/**
 * Options of one Open311 GeoReport v2 instance. The host shows each issue after its path
 * ("windowDays: must be at most 90"), so messages do not repeat the field name.
 */
export const fieldReportsConfigSchema = z.strictObject({
  /** The GeoReport v2 endpoint, e.g. "https://gateway.hue.gov.vn/open311/v2/"; services.json and requests.json resolve under it. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  /** Sent as `jurisdiction_id` on every request; only endpoints that serve several jurisdictions need it. */
  jurisdictionId: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  /** Sent as `api_key`; never logged and scrubbed from every message. */
  apiKey: z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters').optional(),
  format: z.enum(['json', 'xml'], { error: 'must be "json" or "xml"' }).default('json'),
  pollMs: z
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(5000, 'must be at least 5000 ms')
    .default(60_000),
  /** GeoReport v2 answers at most 90 days per query (wiki.open311.org/GeoReport_v2), so a longer catch-up walks in windows. */
  windowDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(90, 'must be at most 90: Open311 refuses a longer date range')
    .default(30),
  /** How far back the first sync reads, and how far back open reports are re-read after a restart. */
  initialLookbackDays: z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(3660, 'must be at most 3660 (ten years)')
    .default(30),
  /** Due time per category (`service_code`) and urgency, as the province sets it (domain.md §3). */
  sla: z
    .strictObject({
      default: slaPairSchema.default(defaultSla),
      byService: z.record(z.string().min(1, 'service codes must not be empty'), slaPairSchema).default({}),
    })
    .default({ default: defaultSla, byService: {} }),
  /** Service codes whose reports are urgent unless a report says otherwise (`ioc_priority`). */
  urgentServices: z.array(z.string().min(1, 'must not be empty')).default([]),
});

export type FieldReportsConfig = z.output<typeof fieldReportsConfigSchema>;
export type SlaConfig = FieldReportsConfig['sla'];
