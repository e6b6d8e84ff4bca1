import { z } from 'zod';
import { idSchema } from '../schemas/ids.js';

const cameraTourStepSchema = z.object({
  cameraId: idSchema,
  /** Each camera its own time on screen, a busy junction longer than a quiet gate (Grafana's playlists cannot: grafana/grafana#5558). */
  dwellSeconds: z.number().min(3).max(3600),
});

export const cameraTourTileOptionsSchema = z.object({
  steps: z.array(cameraTourStepSchema).min(1).max(64),
  showNames: z.boolean().default(true),
  fit: z.enum(['contain', 'cover']).default('cover'),
});
