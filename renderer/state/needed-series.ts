import { MINUTE, rankingSeriesIds, tilesForDisplay, type Layout, type Series, type Tile, type Wall } from '../../common/index.js';

/** What a page shows: one display of a wall, or the console with a miniature of every wall. */
export type PageView = { kind: 'wall'; wallId: string; row: number; col: number } | { kind: 'console' };

/**
 * The series each tile reads and how far back it looks, in ms; a series read by two tiles gets the
 * longer window. `known` is every series the host has: a ranking may pick its series by their labels.
 */
export function seriesWindows(tiles: readonly Tile[], known: readonly Series[]): Map<string, number> {
  const windows = new Map<string, number>();
  const need = (id: string, ms: number) => windows.set(id, Math.max(ms, windows.get(id) ?? 0));
  for (const tile of tiles) {
    if (tile.kind === 'chart') for (const id of tile.options.series) need(id, tile.options.windowMinutes * MINUTE);
    // A few minutes beyond the trend period so "15 minutes ago" has a point at or before it.
    if (tile.kind === 'kpi') need(tile.options.seriesId, (tile.options.trendMinutes + 5) * MINUTE);
    // Latest values only: the buffer keeps its own span, so the shortest window does.
    if (tile.kind === 'ranking') for (const id of [...rankingSeriesIds(tile.options, known), ...(tile.options.average ? [tile.options.average] : [])]) need(id, MINUTE);
  }
  return windows;
}

/** The tiles whose data a page needs: a display's visible tiles, or the KPI tiles of every wall for the console's miniatures. */
export function tilesInView(view: PageView, walls: Record<string, Wall>, layouts: Record<string, Layout>): Tile[] {
  if (view.kind === 'wall') {
    const wall = walls[view.wallId];
    const layout = wall && layouts[wall.layout];
    if (!wall || !layout) return [];
    return tilesForDisplay(wall, layout, view.row, view.col).map((p) => p.tile);
  }
  return Object.values(walls).flatMap((w) => layouts[w.layout]?.tiles.filter((t) => t.kind === 'kpi') ?? []);
}
