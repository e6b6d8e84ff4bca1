import { describe, expect, it } from 'vitest';
import { formatIssues } from '../schemas/issues.js';
import { layoutSchema } from '../schemas/layout.js';
import { cameraGridTileOptionsSchema } from './camera-grid.js';

describe('camera-grid options', () => {
  it('accepts fewer cameras than cells and fills in the defaults', () => {
    expect(cameraGridTileOptionsSchema.parse({ size: '3x3', cameraIds: ['cam-1', 'cam-2'] })).toEqual({
      size: '3x3',
      cameraIds: ['cam-1', 'cam-2'],
      showNames: true,
      fit: 'cover',
    });
  });

  it('accepts a full 4x4 grid', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `cam-${i}`);
    expect(cameraGridTileOptionsSchema.safeParse({ size: '4x4', cameraIds: ids }).success).toBe(true);
  });

  it('refuses more cameras than cells, naming the size, at the path of the ids inside a layout', () => {
    const tile = { id: 'g', kind: 'camera-grid', x: 0, y: 0, w: 1, h: 1, options: { size: '2x2', cameraIds: ['a', 'b', 'c', 'd', 'e'] } };
    const r = layoutSchema.safeParse({ id: 'x', name: 'X', grid: { cols: 4, rows: 4 }, tiles: [tile] });
    expect(!r.success && formatIssues(r.error)).toBe('tiles[0].options.cameraIds: a 2x2 grid has 4 cells, not room for 5 cameras');
  });

  it('refuses an empty grid and an unknown size', () => {
    expect(cameraGridTileOptionsSchema.safeParse({ size: '2x2', cameraIds: [] }).success).toBe(false);
    expect(cameraGridTileOptionsSchema.safeParse({ size: '5x5', cameraIds: ['a'] }).success).toBe(false);
  });
});
