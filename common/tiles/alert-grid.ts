import { z } from 'zod';
import { severitySchema } from '../schemas/alert.js';

export const alertGridTileOptionsSchema = z.object({
  /** Show alerts of this severity and worse. */
  minSeverity: severitySchema.default('info'),
  categories: z.array(z.string()).default([]),
  includeResolved: z.boolean().default(false),
  maxRows: z.number().int().min(10).max(5000).default(500),
});
