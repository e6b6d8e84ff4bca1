import { z } from 'zod';
import { seriesIdSchema } from '../schemas/series.js';

export const rankingTileOptionsSchema = z.object({
  /** One series per agency or department; each row is labelled with its series name, less a "<metric>: " part every row shares. */
  series: z.array(seriesIdSchema).min(1).max(40),
  /** The province's average, drawn as a marker across the bars; none when absent. */
  average: seriesIdSchema.optional(),
  unit: z.string().max(20).default(''),
  /** Which end ranks first: higher-better puts the largest value on top. */
  direction: z.enum(['higher-better', 'lower-better']).default('higher-better'),
  /** A wall usually leads with who needs attention: worst-first puts the worst value on top. */
  order: z.enum(['best-first', 'worst-first']).default('best-first'),
  decimals: z.number().int().min(0).max(4).default(0),
  staleAfterSeconds: z.number().int().min(5).max(86400).default(120),
});
