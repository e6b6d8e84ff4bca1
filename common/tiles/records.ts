import { z } from 'zod';

/** Record kinds a records tile can list: the connectors that store them decide the fields it shows. */
export const recordTileKindSchema = z.enum(['field-report', 'dossier', 'document']);
export type RecordTileKind = z.infer<typeof recordTileKindSchema>;

export const recordsTileOptionsSchema = z.object({
  kind: recordTileKindSchema,
  /** Only records in these statuses (as the record stores them: "in_progress", "4"); all when absent. */
  statuses: z.array(z.string().min(1).max(50)).min(1).max(20).optional(),
  /** On the wall the table turns to its next page this often; the console scrolls instead. */
  pageSeconds: z.number().int().min(3).max(600).default(10),
  /** Only the records past their due time: a list of what is late, when the open ones are too many to page through. */
  overdueOnly: z.boolean().default(false),
  /** Rows per page on the wall: as many as stay legible across the room at the tile's size. */
  maxRows: z.number().int().min(1).max(50).default(8),
});
