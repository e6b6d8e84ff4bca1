import type { StreamVariant } from '../schemas/camera.js';
import type { Layout } from '../schemas/layout.js';
import type { Wall } from '../schemas/wall.js';
import { cameraGridSides } from '../tiles/camera-grid.js';
import { tileCanvasRect } from '../wall/geometry.js';
import { chooseVariant, drawnPicture, type PixelSize } from './variant-choice.js';

/** A place on a wall where a camera plays, and the stream it plays there. */
export interface CameraSlot {
  cameraId: string;
  variant: StreamVariant;
  /** A camera tile: an operator may push any camera onto it. */
  pushTarget: boolean;
}

/**
 * Every camera picture of a wall's layout and the stream each plays on the wall itself, with the
 * renderer's rule (`chooseVariant`) at the wall's display pixels. The tile's frame and title are not
 * subtracted: a few pixels decide only for a picture within them of the threshold, where the
 * renderer's own measurement still picks the stream that plays.
 */
export function wallCameraSlots(wall: Wall, layout: Layout): CameraSlot[] {
  const variantOf = (box: PixelSize, fit: 'cover' | 'contain') => chooseVariant(drawnPicture(box, fit), wall.subStreamUpTo);
  return layout.tiles.flatMap((tile): CameraSlot[] => {
    const { width, height } = tileCanvasRect(wall, layout, tile);
    switch (tile.kind) {
      case 'camera': {
        const cameraId = wall.cameraOverrides[tile.id] ?? tile.options.cameraId;
        return [{ cameraId, variant: variantOf({ width, height }, tile.options.fit), pushTarget: true }];
      }
      case 'camera-grid': {
        const side = cameraGridSides[tile.options.size];
        const variant = variantOf({ width: width / side, height: height / side }, tile.options.fit);
        return tile.options.cameraIds.map((cameraId) => ({ cameraId, variant, pushTarget: false }));
      }
      case 'camera-tour': {
        const variant = variantOf({ width, height }, tile.options.fit);
        return tile.options.steps.map(({ cameraId }) => ({ cameraId, variant, pushTarget: false }));
      }
      default:
        return [];
    }
  });
}

/**
 * The streams a pinned camera keeps warm: those its pictures on the walls play now; for a camera the
 * walls do not show, those of the walls' camera tiles, where an operator would push it; the main
 * stream when no wall has a camera tile. Never both streams unless the walls show both sizes.
 */
export function warmVariants(cameraId: string, slots: readonly CameraSlot[]): StreamVariant[] {
  const shown = slots.filter((s) => s.cameraId === cameraId);
  const from = shown.length > 0 ? shown : slots.filter((s) => s.pushTarget);
  const variants = new Set(from.map((s) => s.variant));
  if (variants.size === 0) return ['main'];
  return (['main', 'sub'] as const).filter((v) => variants.has(v));
}
