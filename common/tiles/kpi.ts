import { z } from 'zod';
import { seriesIdSchema } from '../schemas/series.js';

export const kpiTileOptionsSchema = z
  .object({
    seriesId: seriesIdSchema,
    unit: z.string().max(20).default(''),
    decimals: z.number().int().min(0).max(4).default(0),
    target: z.number().optional(),
    /** Whether a higher value is better: decides the colour of thresholds and trend. */
    direction: z.enum(['higher-better', 'lower-better']).default('higher-better'),
    /** Warning and critical thresholds, compared in the tile's direction. */
    warn: z.number().optional(),
    crit: z.number().optional(),
    /** Trend compares the latest value with the one this many minutes earlier. */
    trendMinutes: z.number().int().min(1).max(1440).default(15),
    staleAfterSeconds: z.number().int().min(5).max(86400).default(120),
  })
  .refine(
    (o) =>
      o.warn === undefined ||
      o.crit === undefined ||
      (o.direction === 'higher-better' ? o.crit <= o.warn : o.crit >= o.warn),
    { message: 'crit must be beyond warn in the tile direction', path: ['crit'] },
  );
