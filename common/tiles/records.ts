import { z } from 'zod';
import { documentStatusValues, fieldReportStatuses } from '../records/record-facts.js';
import { dossierStatusNames } from '../schemas/dossier.js';

/** Record kinds a records tile can list: the connectors that store them decide the fields it shows. */
export const recordTileKindSchema = z.enum(['field-report', 'dossier', 'document']);
export type RecordTileKind = z.infer<typeof recordTileKindSchema>;

/** The statuses each kind stores, as `statuses` names them: a misspelt one would silently empty the tile. */
export const recordTileStatuses: Record<RecordTileKind, readonly string[]> = {
  'field-report': fieldReportStatuses,
  dossier: Object.keys(dossierStatusNames),
  document: documentStatusValues,
};

const codes = (what: string, max: number) =>
  z
    .array(z.string().trim().min(1, `${what} must not be empty`).max(100, `${what} must be at most 100 characters`))
    .min(1, 'must list at least one, or be left out for all')
    .max(max, `must list at most ${max}`)
    .refine((list) => new Set(list).size === list.length, 'must not list one twice');

/** A commune code is 5 digits (domain.md §8); a key made from a name has letters: "4619" is neither. */
const wardKey = /^(\d{5}|(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)*)$/;

export const recordsTileOptionsSchema = z
  .object({
    kind: recordTileKindSchema,
    /** Only records in these statuses, as the record stores them ("in_progress", "4"); all when absent. */
    statuses: codes('a status', 20).optional(),
    /** Only these service codes (field reports), agency codes (dossiers) or department keys (documents). */
    categories: codes('a code', 50).optional(),
    /** Field reports only: these wards or communes, by their 5-digit code of QĐ 19/2025/QĐ-TTg (or name key when the source gives no code). */
    places: codes('a ward', 100).optional(),
    /** Only the records past their due time: a list of what is late, when the open ones are too many to page through. */
    overdueOnly: z.boolean().default(false),
    /** On the wall the table turns to its next page this often; the console scrolls instead. */
    pageSeconds: z.number().int().min(3).max(600).default(10),
    /** Rows per page on the wall: as many as stay legible across the room at the tile's size. */
    maxRows: z.number().int().min(1).max(50).default(8),
  })
  .strict()
  .superRefine((o, ctx) => {
    const known = recordTileStatuses[o.kind];
    o.statuses?.forEach((s, i) => {
      if (!known.includes(s)) ctx.addIssue({ code: 'custom', path: ['statuses', i], message: `"${s}" is not a status of ${o.kind}; one of ${known.join(', ')}` });
    });
    if (o.places !== undefined && o.kind !== 'field-report') ctx.addIssue({ code: 'custom', path: ['places'], message: 'only field reports have a ward or commune' });
    o.places?.forEach((p, i) => {
      if (!wardKey.test(p)) ctx.addIssue({ code: 'custom', path: ['places', i], message: `"${p}" is neither a 5-digit commune code nor a ward key such as "thuan-hoa"` });
    });
  });
export type RecordsTileOptions = z.infer<typeof recordsTileOptionsSchema>;
