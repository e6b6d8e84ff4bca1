import { z } from 'zod';
import { epochMsSchema, labelSchema } from './ids.js';

/** Series ids are dotted paths, e.g. "traffic.congestion.vo-van-kiet". */
export const seriesIdSchema = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, 'must hold only a-z, 0-9, ".", ":", "-", "_"');

/**
 * Calendar periods (kỳ báo cáo) in Asia/Ho_Chi_Minh time. A series with one counts each value from the
 * start of the period holding the sample up to the sample's time: "month" is month to date.
 */
export const reportingPeriods = ['today', 'month', 'quarter', 'year'] as const;
export const reportingPeriodSchema = z.enum(reportingPeriods);
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;

export const seriesSchema = z.object({
  id: seriesIdSchema,
  name: labelSchema,
  unit: z.string().max(20).default(''),
  /** Connector instance that produces it. */
  source: z.string(),
  /** Groups series for charts and rankings: e.g. { service: "aqi", station: "..." }. */
  labels: z.record(z.string(), z.string()).default({}),
  /** The period each value counts; absent for a reading of the moment (a queue, an AQI) or a rolling window. */
  period: reportingPeriodSchema.optional(),
});
export type Series = z.infer<typeof seriesSchema>;
export type SeriesInput = z.input<typeof seriesSchema>;

export const sampleSchema = z.object({
  seriesId: seriesIdSchema,
  t: epochMsSchema,
  v: z.number().finite(),
});
export type Sample = z.infer<typeof sampleSchema>;
