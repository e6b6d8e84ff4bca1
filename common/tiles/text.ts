import { z } from 'zod';

export const textTileOptionsSchema = z.object({
  text: z.string().min(1).max(2000),
  size: z.enum(['s', 'm', 'l', 'xl']).default('l'),
  align: z.enum(['left', 'center']).default('center'),
});
