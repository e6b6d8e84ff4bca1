import { z } from 'zod';
import { epochMsSchema } from './ids.js';

export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: epochMsSchema,
  actor: z.string(),
  role: z.string(),
  action: z.string(),
  target: z.string(),
  result: z.enum(['ok', 'error']),
  detail: z.string(),
  /** sha256 of the previous entry's hash and this entry's fields: edits break the chain. */
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
