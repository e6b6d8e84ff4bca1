import { z } from 'zod';
import { idSchema, labelSchema } from '../schemas/ids.js';
import { alertGridTileOptionsSchema } from './alert-grid.js';
import { cameraGridTileOptionsSchema } from './camera-grid.js';
import { cameraTourTileOptionsSchema } from './camera-tour.js';
import { cameraTileOptionsSchema } from './camera.js';
import { chartTileOptionsSchema } from './chart.js';
import { clockTileOptionsSchema } from './clock.js';
import { kpiTileOptionsSchema } from './kpi.js';
import { rankingTileOptionsSchema } from './ranking.js';
import { recordsTileOptionsSchema } from './records.js';
import { textTileOptionsSchema } from './text.js';

/** Options schema per tile kind: the one list the host validates layouts with and the renderer registers against. */
export const tileOptionsSchemas = {
  camera: cameraTileOptionsSchema,
  'camera-grid': cameraGridTileOptionsSchema,
  'camera-tour': cameraTourTileOptionsSchema,
  chart: chartTileOptionsSchema,
  kpi: kpiTileOptionsSchema,
  'alert-grid': alertGridTileOptionsSchema,
  text: textTileOptionsSchema,
  clock: clockTileOptionsSchema,
  records: recordsTileOptionsSchema,
  ranking: rankingTileOptionsSchema,
} as const;

export type TileKind = keyof typeof tileOptionsSchemas;
export const tileKinds = Object.keys(tileOptionsSchemas) as TileKind[];
export type TileOptions<K extends TileKind> = z.infer<(typeof tileOptionsSchemas)[K]>;

/** Fields every tile has, whatever its kind; x, y, w, h are in cells of the layout grid. */
export const tileBaseSchema = z.object({
  id: idSchema,
  title: labelSchema.optional(),
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  w: z.number().int().min(1),
  h: z.number().int().min(1),
});

function tileOf<K extends TileKind>(kind: K) {
  return tileBaseSchema.extend({ kind: z.literal(kind), options: tileOptionsSchemas[kind] });
}

export const tileSchema = z.discriminatedUnion('kind', [
  tileOf('camera'),
  tileOf('camera-grid'),
  tileOf('camera-tour'),
  tileOf('chart'),
  tileOf('kpi'),
  tileOf('alert-grid'),
  tileOf('text'),
  tileOf('clock'),
  tileOf('records'),
  tileOf('ranking'),
]);
export type Tile = z.infer<typeof tileSchema>;
export type TileInput = z.input<typeof tileSchema>;
export type TileOf<K extends TileKind> = Extract<Tile, { kind: K }>;

export { rankingSeriesIds, type RankingMatch } from './ranking.js';
export { alertGridTileOptionsSchema, cameraTileOptionsSchema, chartTileOptionsSchema, clockTileOptionsSchema, kpiTileOptionsSchema, rankingTileOptionsSchema, recordsTileOptionsSchema, textTileOptionsSchema };
export { recordTileKindSchema, recordTileStatuses, type RecordTileKind, type RecordsTileOptions } from './records.js';
