import type { Layout } from '../schemas/layout.js';
import type { Wall } from '../schemas/wall.js';
import type { Tile } from '../tiles/index.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Canvas size in pixels, bezels included, so a picture crossing a frame stays straight. */
export function canvasSize(wall: Wall): { width: number; height: number } {
  return {
    width: wall.cols * wall.display.width + (wall.cols - 1) * wall.bezel.x,
    height: wall.rows * wall.display.height + (wall.rows - 1) * wall.bezel.y,
  };
}

/** Where a display's glass sits on the canvas. */
export function displayViewport(wall: Wall, row: number, col: number): Rect {
  return {
    x: col * (wall.display.width + wall.bezel.x),
    y: row * (wall.display.height + wall.bezel.y),
    width: wall.display.width,
    height: wall.display.height,
  };
}

/** A tile's rectangle on the canvas, in pixels, rounded to whole pixels. */
export function tileCanvasRect(wall: Wall, layout: Layout, tile: Pick<Tile, 'x' | 'y' | 'w' | 'h'>): Rect {
  const canvas = canvasSize(wall);
  const cw = canvas.width / layout.grid.cols;
  const ch = canvas.height / layout.grid.rows;
  const x = Math.round(tile.x * cw);
  const y = Math.round(tile.y * ch);
  return { x, y, width: Math.round((tile.x + tile.w) * cw) - x, height: Math.round((tile.y + tile.h) * ch) - y };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export interface PlacedTile {
  tile: Tile;
  /** The tile's full rectangle relative to the display's top-left corner; may reach beyond the display, which clips it. */
  rect: Rect;
}

/** The tiles a display shows: every tile that intersects its viewport, positioned relative to it. */
export function tilesForDisplay(wall: Wall, layout: Layout, row: number, col: number): PlacedTile[] {
  const viewport = displayViewport(wall, row, col);
  const placed: PlacedTile[] = [];
  for (const tile of layout.tiles) {
    const r = tileCanvasRect(wall, layout, tile);
    if (intersects(r, viewport)) {
      placed.push({ tile, rect: { x: r.x - viewport.x, y: r.y - viewport.y, width: r.width, height: r.height } });
    }
  }
  return placed;
}
