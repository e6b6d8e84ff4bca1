import { z } from 'zod';
import { tileSchema } from '../tiles/index.js';
import { idSchema, labelSchema } from './ids.js';

/**
 * A layout is drawn on a grid laid over the whole wall canvas, so one layout fits any wall:
 * a tile at x..x+w of grid.cols covers that fraction of the canvas width.
 */
export const layoutSchema = z
  .object({
    id: idSchema,
    name: labelSchema,
    grid: z.object({
      cols: z.number().int().min(1).max(96),
      rows: z.number().int().min(1).max(96),
    }),
    tiles: z.array(tileSchema).max(200),
  })
  .superRefine((layout, ctx) => {
    const seen = new Set<string>();
    layout.tiles.forEach((tile, i) => {
      if (seen.has(tile.id)) {
        ctx.addIssue({ code: 'custom', path: ['tiles', i, 'id'], message: `duplicate tile id "${tile.id}"` });
      }
      seen.add(tile.id);
      if (tile.x + tile.w > layout.grid.cols) {
        ctx.addIssue({ code: 'custom', path: ['tiles', i, 'w'], message: `tile reaches column ${tile.x + tile.w}, beyond the grid's ${layout.grid.cols}` });
      }
      if (tile.y + tile.h > layout.grid.rows) {
        ctx.addIssue({ code: 'custom', path: ['tiles', i, 'h'], message: `tile reaches row ${tile.y + tile.h}, beyond the grid's ${layout.grid.rows}` });
      }
    });
  });
export type Layout = z.infer<typeof layoutSchema>;
export type LayoutInput = z.input<typeof layoutSchema>;
