import type { z } from 'zod';
import { formatIssues } from '../../../common/schemas/issues.js';

/**
 * Parses each item of a batch on its own: a malformed record is reported with its index and bad paths
 * and the rest go through, since one broken dossier must not hide the hundred good ones beside it.
 */
export function validateRecords<S extends z.ZodType>(
  items: readonly unknown[],
  schema: S,
  onReject: (index: number, reason: string) => void,
): z.output<S>[] {
  return items.flatMap((item, index) => {
    const r = schema.safeParse(item);
    if (r.success) return [r.data as z.output<S>];
    onReject(index, formatIssues(r.error));
    return [];
  });
}
