import { z } from 'zod';
import { idSchema, labelSchema } from './ids.js';

export const displaySizeSchema = z.object({
  width: z.number().int().min(320).max(16384),
  height: z.number().int().min(240).max(16384),
});
export type DisplaySize = z.infer<typeof displaySizeSchema>;

/**
 * Camera pictures drawn with at most this many device pixels (compared by area) play the camera's
 * sub stream: 640x360 is the size of a common sub stream, so up to it a sub stream is never enlarged.
 */
export const defaultSubStreamUpTo = { width: 640, height: 360 };
export const subStreamUpToSchema = z.object({
  width: z.number().int().min(0).max(16384),
  height: z.number().int().min(0).max(16384),
});
export type SubStreamUpTo = z.infer<typeof subStreamUpToSchema>;

/** A wall is a canvas of rows x cols physical displays of one pixel size. */
export const wallSchema = z.object({
  id: idSchema,
  name: labelSchema,
  rows: z.number().int().min(1).max(16),
  cols: z.number().int().min(1).max(16),
  display: displaySizeSchema.default({ width: 1920, height: 1080 }),
  /** Pixels hidden behind the frames between neighbouring displays, for bezel compensation. */
  bezel: z.object({ x: z.number().int().min(0).max(200), y: z.number().int().min(0).max(200) }).default({ x: 0, y: 0 }),
  /** Id of the layout the wall shows. */
  layout: idSchema,
  /**
   * Camera tiles of that layout an operator pointed at another camera: tile id to camera id. They
   * belong to the layout, so switching the layout clears them.
   */
  cameraOverrides: z.record(idSchema, idSchema).default({}),
  /** The largest camera picture that plays the sub stream; 0x0 plays the main stream everywhere. */
  subStreamUpTo: subStreamUpToSchema.default(defaultSubStreamUpTo),
});
export type Wall = z.infer<typeof wallSchema>;
export type WallInput = z.input<typeof wallSchema>;

/** One physical display of a wall, addressed by its row and column. */
export const displayRefSchema = z.object({
  wallId: idSchema,
  row: z.number().int().min(0),
  col: z.number().int().min(0),
});
export type DisplayRef = z.infer<typeof displayRefSchema>;

/** "r0c1" style id of a display inside its wall; used in URLs and logs. */
export function displayId(row: number, col: number): string {
  return `r${row}c${col}`;
}

export function parseDisplayId(id: string): { row: number; col: number } | undefined {
  const m = /^r(\d+)c(\d+)$/.exec(id);
  return m ? { row: Number(m[1]), col: Number(m[2]) } : undefined;
}
