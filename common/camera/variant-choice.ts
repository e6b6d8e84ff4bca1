import type { StreamVariant } from '../schemas/camera.js';

export interface PixelSize {
  width: number;
  height: number;
}

/**
 * IP cameras send 16:9 pictures (1920x1080 main, 640x360 sub) almost always. Assuming it, rather than
 * reading the playing stream's size, keeps the choice the same before and after a swap to a stream
 * of another shape, and lets the host make the same choice for pinned cameras without a picture.
 */
const PICTURE_ASPECT = 16 / 9;

/**
 * How big a picture is drawn in a box of device pixels: `cover` fills the box and crops what sticks
 * out, `contain` fits the whole picture inside. Both are what the video element's object-fit does.
 */
export function drawnPicture(box: PixelSize, fit: 'cover' | 'contain'): PixelSize {
  if (box.width <= 0 || box.height <= 0) return { width: 0, height: 0 };
  const pick = fit === 'cover' ? Math.max : Math.min;
  const scale = pick(box.width / PICTURE_ASPECT, box.height);
  return { width: scale * PICTURE_ASPECT, height: scale };
}

/**
 * A stream playing on one side of the threshold stays until the picture is this much (by area)
 * past it: a tile resized around the threshold, or a window scaled by a pixel, does not flap.
 */
export const VARIANT_HYSTERESIS = 1.2;

/**
 * The stream a picture of this size plays: the sub stream when it is drawn with at most as many
 * pixels as the threshold (compared by area, so a picture of another shape is judged fairly), else
 * the main stream. With the stream now playing given, it changes only once the picture is
 * `VARIANT_HYSTERESIS` past the threshold.
 */
export function chooseVariant(picture: PixelSize, threshold: PixelSize, current?: StreamVariant, hysteresis = VARIANT_HYSTERESIS): StreamVariant {
  const area = picture.width * picture.height;
  const limit = threshold.width * threshold.height;
  if (current === 'sub') return area > limit * hysteresis ? 'main' : 'sub';
  if (current === 'main') return area < limit / hysteresis ? 'sub' : 'main';
  return limit > 0 && area <= limit ? 'sub' : 'main';
}
