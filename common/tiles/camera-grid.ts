import { z } from 'zod';
import { idSchema } from '../schemas/ids.js';

/** Cells per side of each grid size. */
export const cameraGridSides = { '2x2': 2, '3x3': 3, '4x4': 4 } as const;

export const cameraGridTileOptionsSchema = z
  .object({
    size: z.enum(['2x2', '3x3', '4x4']),
    /** Filled row by row; cells past the last id stay empty. */
    cameraIds: z.array(idSchema).min(1).max(16),
    showNames: z.boolean().default(true),
    fit: z.enum(['contain', 'cover']).default('cover'),
  })
  .superRefine((o, ctx) => {
    const cells = cameraGridSides[o.size] ** 2;
    if (o.cameraIds.length > cells) {
      ctx.addIssue({
        code: 'custom',
        path: ['cameraIds'],
        message: `a ${o.size} grid has ${cells} cells, not room for ${o.cameraIds.length} cameras`,
      });
    }
  });
