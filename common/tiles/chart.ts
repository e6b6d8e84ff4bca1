import { z } from 'zod';
import { seriesIdSchema } from '../schemas/series.js';

export const chartTypeSchema = z.enum(['line', 'bar', 'gauge', 'pie']);

export const chartTileOptionsSchema = z.object({
  chartType: chartTypeSchema,
  /** line: one line per series over the window; bar and pie: latest value per series; gauge: latest of the first. */
  series: z.array(seriesIdSchema).min(1).max(24),
  windowMinutes: z.number().int().min(1).max(7 * 24 * 60).default(30),
  unit: z.string().max(20).default(''),
  /** gauge scale */
  min: z.number().default(0),
  max: z.number().default(100),
  /** Data older than this is shown as stale. */
  staleAfterSeconds: z.number().int().min(5).max(86400).default(120),
});
