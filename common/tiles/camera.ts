import { z } from 'zod';
import { idSchema } from '../schemas/ids.js';

export const cameraTileOptionsSchema = z.object({
  cameraId: idSchema,
  /** Show the camera's name over the picture. */
  showName: z.boolean().default(true),
  fit: z.enum(['contain', 'cover']).default('cover'),
});
