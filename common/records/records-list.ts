import { z } from 'zod';
import { connectorStateSchema, recordSchema } from '../schemas/connector.js';
import { epochMsSchema, idSchema } from '../schemas/ids.js';

const values = (max: number) => z.array(z.string().min(1).max(100)).min(1).max(max);

/** What a records list is narrowed to, as records.list takes it and a records tile's options give it. */
export const recordsWhereSchema = z
  .object({
    /** As the record stores it: "in_progress", "4". */
    status: values(20).optional(),
    /** Service codes of field reports, agency codes of dossiers, department keys of documents. */
    category: values(50).optional(),
    /** Ward or commune keys of field reports: a 5-digit code of QĐ 19/2025/QĐ-TTg or a name slug. */
    place: values(100).optional(),
    overdueOnly: z.boolean().optional(),
    /** Words to find in one cell of a row, typed with or without diacritics. */
    text: z.string().max(100).optional(),
  })
  .strict();
export type RecordsWhere = z.infer<typeof recordsWhereSchema>;

export const recordFacetSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int().nonnegative() });
export type RecordFacet = z.infer<typeof recordFacetSchema>;

/**
 * How current a source of records is. `lastReadAt` is the last time it read its source to the end: its last
 * healthy poll, or a later one that moved its sync cursor though it reported trouble (a malformed record
 * rejected beside the rest, stored).
 */
export const recordSourceSchema = z.object({
  instanceId: idSchema,
  state: connectorStateSchema,
  message: z.string(),
  lastReadAt: epochMsSchema.optional(),
  refreshMs: z.number().int().positive().optional(),
});
export type RecordSource = z.infer<typeof recordSourceSchema>;

export const recordsPageSchema = z.object({
  /** Open records with a due time first, the soonest due (the most overdue) on top, then the rest newest first. */
  records: z.array(recordSchema),
  /** Records matching the filter, and how many of those are overdue now: beyond the limit too. */
  total: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  /** Records of the kind, whatever the filter. */
  all: z.number().int().nonnegative(),
  /** The values each filter can take among all records of the kind, when asked for. */
  facets: z.object({ status: z.array(recordFacetSchema), category: z.array(recordFacetSchema), place: z.array(recordFacetSchema) }).optional(),
  /** The connector instances that store records of the kind. */
  sources: z.array(recordSourceSchema),
});
export type RecordsPage = z.infer<typeof recordsPageSchema>;

/** The host's limit per answer; a wall pages through at most this many of the most urgent. */
export const RECORDS_MAX_LIMIT = 500;

/** The time the records of several sources date from: the oldest of their last complete reads, among those that had one. */
export function sourceDataAt(sources: readonly RecordSource[]): number | undefined {
  const reads = sources.map((s) => s.lastReadAt).filter((t): t is number => t !== undefined);
  return reads.length === 0 ? undefined : Math.min(...reads);
}
