import { describe, expect, it } from 'vitest';
import { layoutSchema } from '../schemas/layout.js';
import { wallSchema } from '../schemas/wall.js';
import { canvasSize, displayViewport, tileCanvasRect, tilesForDisplay } from './geometry.js';

const wall = wallSchema.parse({ id: 'main', name: 'Tường', rows: 2, cols: 2, display: { width: 1920, height: 1080 }, layout: 'l' });
const layout = layoutSchema.parse({
  id: 'l',
  name: 'L',
  grid: { cols: 24, rows: 12 },
  tiles: [
    { id: 'top-left', kind: 'clock', x: 0, y: 0, w: 6, h: 3, options: {} },
    { id: 'spans-top', kind: 'clock', x: 9, y: 0, w: 6, h: 3, options: {} },
    { id: 'centre', kind: 'clock', x: 10, y: 5, w: 4, h: 2, options: {} },
    { id: 'bottom-right', kind: 'clock', x: 18, y: 9, w: 6, h: 3, options: {} },
  ],
});

describe('wall geometry', () => {
  it('places displays on a canvas with bezels', () => {
    const bezelled = { ...wall, bezel: { x: 20, y: 10 } };
    expect(canvasSize(bezelled)).toEqual({ width: 3860, height: 2170 });
    expect(displayViewport(bezelled, 1, 1)).toEqual({ x: 1940, y: 1090, width: 1920, height: 1080 });
  });

  it('maps grid cells to canvas pixels', () => {
    expect(tileCanvasRect(wall, layout, { x: 9, y: 0, w: 6, h: 3 })).toEqual({ x: 1440, y: 0, width: 960, height: 540 });
  });

  it('gives each display the tiles that intersect it, relative to its corner', () => {
    const ids = (r: number, c: number) => tilesForDisplay(wall, layout, r, c).map((p) => p.tile.id);
    expect(ids(0, 0)).toEqual(['top-left', 'spans-top', 'centre']);
    expect(ids(0, 1)).toEqual(['spans-top', 'centre']);
    expect(ids(1, 0)).toEqual(['centre']);
    expect(ids(1, 1)).toEqual(['centre', 'bottom-right']);
  });

  it('lets a spanning tile continue across the frame: the right half starts left of the display', () => {
    const left = tilesForDisplay(wall, layout, 0, 0).find((p) => p.tile.id === 'spans-top')!;
    const right = tilesForDisplay(wall, layout, 0, 1).find((p) => p.tile.id === 'spans-top')!;
    expect(left.rect).toEqual({ x: 1440, y: 0, width: 960, height: 540 });
    expect(right.rect).toEqual({ x: -480, y: 0, width: 960, height: 540 });
    const centre = tilesForDisplay(wall, layout, 1, 1).find((p) => p.tile.id === 'centre')!;
    expect(centre.rect).toEqual({ x: -320, y: -180, width: 640, height: 360 });
  });

  it('shares no tile between displays when none spans', () => {
    const single = { ...layout, tiles: [layout.tiles[0]!] };
    expect(tilesForDisplay(wall, single, 0, 1)).toEqual([]);
  });
});
