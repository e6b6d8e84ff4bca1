import { z } from 'zod';

export const clockTileOptionsSchema = z.object({
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
  showDate: z.boolean().default(true),
  showSeconds: z.boolean().default(true),
});
