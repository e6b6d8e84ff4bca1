import { z } from 'zod';
import { idSchema } from '../schemas/ids.js';
import { seriesIdSchema, type Series } from '../schemas/series.js';

/** A label's value, or "*" for any value as long as the label is there. */
const ANY = '*';

/**
 * The series of a ranking by what they are rather than by id, so an agency or a department that first
 * reports next month joins the ranking without editing the layout.
 */
export const rankingMatchSchema = z
  .object({
    /** The connector instance whose series are ranked; any source when absent. */
    source: idSchema.optional(),
    /** Every label must have this value ("*": any value). */
    labels: z.record(z.string(), z.string().min(1)).refine((l) => Object.keys(l).length > 0, 'must name at least one label'),
    /** Series with any of these label values are left out: the province's own total among its agencies. */
    exceptLabels: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();
export type RankingMatch = z.infer<typeof rankingMatchSchema>;

export const rankingTileOptionsSchema = z
  .object({
    /** One series per agency or department; each row is labelled with its series name, less a "<metric>: " part every row shares. */
    series: z.array(seriesIdSchema).min(1).max(40).optional(),
    /** Or the series picked by their labels, whatever their number, in place of `series`. */
    match: rankingMatchSchema.optional(),
    /** Rows shown at most, the first in the tile's order; the others are still ranked. */
    maxRows: z.number().int().min(1).max(40).default(40),
    /** The province's average, drawn as a marker across the bars; none when absent. */
    average: seriesIdSchema.optional(),
    unit: z.string().max(20).default(''),
    /** Which end ranks first: higher-better puts the largest value on top. */
    direction: z.enum(['higher-better', 'lower-better']).default('higher-better'),
    /** A wall usually leads with who needs attention: worst-first puts the worst value on top. */
    order: z.enum(['best-first', 'worst-first']).default('best-first'),
    decimals: z.number().int().min(0).max(4).default(0),
    staleAfterSeconds: z.number().int().min(5).max(86400).default(120),
  })
  .refine((o) => (o.series === undefined) !== (o.match === undefined), { message: 'needs either series or match, not both', path: ['series'] });
export type RankingTileOptions = z.infer<typeof rankingTileOptionsSchema>;

const matches = (s: Series, m: RankingMatch): boolean =>
  (m.source === undefined || s.source === m.source) &&
  Object.entries(m.labels).every(([k, v]) => (v === ANY ? s.labels[k] !== undefined : s.labels[k] === v)) &&
  !Object.entries(m.exceptLabels).some(([k, v]) => s.labels[k] === v);

/** The series a ranking ranks: its list as given, or those of `known` its match picks, by id. */
export function rankingSeriesIds(options: Pick<RankingTileOptions, 'series' | 'match'>, known: readonly Series[]): string[] {
  if (options.series) return options.series;
  const m = options.match!;
  return known
    .filter((s) => matches(s, m))
    .map((s) => s.id)
    .sort();
}
