import { chooseVariant, type PixelSize, type StreamVariant } from '../../../common/index.js';

/**
 * The players of one camera picture: the stream on screen, and the one that takes over once it has
 * painted its first frame, loading underneath meanwhile so a resize never shows a black picture.
 */
export interface VariantPlayers {
  shown: StreamVariant;
  incoming?: StreamVariant;
}

/**
 * The players after the picture was measured at `picture` device pixels. Hysteresis counts from the
 * stream the picture is heading for, so a size that settles back before the swap cancels it. The
 * same object comes back when nothing changes, so React skips the render.
 */
export function playersForSize(p: VariantPlayers | undefined, picture: PixelSize, threshold: PixelSize): VariantPlayers {
  const wanted = chooseVariant(picture, threshold, p ? (p.incoming ?? p.shown) : undefined);
  if (!p) return { shown: wanted };
  if (wanted === p.shown) return p.incoming === undefined ? p : { shown: p.shown };
  return p.incoming === wanted ? p : { shown: p.shown, incoming: wanted };
}

/** A player painted its first frame: the incoming one takes the screen and the other stops. */
export function playersOnFirstFrame(p: VariantPlayers, variant: StreamVariant): VariantPlayers {
  return p.incoming === variant ? { shown: variant } : p;
}
