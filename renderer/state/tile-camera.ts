import type { Wall } from '../../common/index.js';
import type { PageView } from './needed-series.js';

/**
 * The camera a camera tile shows on this page: the one an operator pushed onto that tile of the
 * page's wall, else the one its layout names. The console draws no video, so it keeps the layout's.
 */
export function tileCamera(s: { page: PageView | undefined; walls: Record<string, Wall> }, tileId: string, layoutCameraId: string): string {
  if (s.page?.kind !== 'wall') return layoutCameraId;
  return s.walls[s.page.wallId]?.cameraOverrides[tileId] ?? layoutCameraId;
}
