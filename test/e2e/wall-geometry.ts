import { readFileSync } from 'node:fs';
import { layoutSchema, tilesForDisplay, wallSchema, type Layout, type Wall } from '../../common/index.js';

/** The demo wall and a built-in layout, read the way the host reads them, to know what each display must show. */
export function expectedTiles(layoutId: string, row: number, col: number): string[] {
  const wall: Wall = wallSchema.parse({ id: 'main', name: 'Tường hiển thị chính', rows: 2, cols: 2, layout: layoutId });
  const layout: Layout = layoutSchema.parse(JSON.parse(readFileSync(`layouts/${layoutId}.json`, 'utf8')));
  return tilesForDisplay(wall, layout, row, col).map((p) => p.tile.id).sort();
}
