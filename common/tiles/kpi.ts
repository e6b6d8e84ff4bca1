import { z } from 'zod';
import { reportingPeriodSchema, seriesIdSchema } from '../schemas/series.js';

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
    /**
     * The period the value covers, for a series that does not say (one that does wins: the data knows
     * what it counts): a calendar period shown with its dates, or a label shown as written ("7 ngày qua").
     */
    period: z.union([reportingPeriodSchema, z.string().trim().min(1).max(40)]).optional(),
  })
  .refine(
    (o) =>
      o.warn === undefined ||
      o.crit === undefined ||
      (o.direction === 'higher-better' ? o.crit <= o.warn : o.crit >= o.warn),
    { message: 'crit must be beyond warn in the tile direction', path: ['crit'] },
  );
