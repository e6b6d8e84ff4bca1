import { z } from 'zod';
import { epochMsSchema, labelSchema } from './ids.js';

/** Series ids are dotted paths, e.g. "traffic.congestion.vo-van-kiet". */
export const seriesIdSchema = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, 'must hold only a-z, 0-9, ".", ":", "-", "_"');

export const seriesSchema = z.object({
  id: seriesIdSchema,
  name: labelSchema,
  unit: z.string().max(20).default(''),
  /** Connector instance that produces it. */
  source: z.string(),
  /** Groups series for charts and rankings: e.g. { service: "aqi", station: "..." }. */
  labels: z.record(z.string(), z.string()).default({}),
});
export type Series = z.infer<typeof seriesSchema>;
export type SeriesInput = z.input<typeof seriesSchema>;

export const sampleSchema = z.object({
  seriesId: seriesIdSchema,
  t: epochMsSchema,
  v: z.number().finite(),
});
export type Sample = z.infer<typeof sampleSchema>;
