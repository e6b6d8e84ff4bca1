import { useCallback, useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { defaultSubStreamUpTo, drawnPicture, type StreamVariant } from '../../../common/index.js';
import { useApp } from '../../state/AppContext.js';
import { DisplayScaleContext } from '../display-scale.js';
import { playersForSize, playersOnFirstFrame, type VariantPlayers } from './variant-players.js';

/**
 * Which of a camera's streams a picture plays, from the size it is drawn at on this screen: the box
 * of `ref` in device pixels, after the wall's scaling to the window. Measured again whenever the box
 * changes size or the display's scale changes. `undefined` until the first measurement, so no stream
 * starts before the size is known.
 */
export function useVariantPlayers(ref: RefObject<HTMLElement | null>, fit: 'cover' | 'contain') {
  const threshold = useApp((s) => (s.page?.kind === 'wall' ? s.walls[s.page.wallId]?.subStreamUpTo : undefined)) ?? defaultSubStreamUpTo;
  const scale = useContext(DisplayScaleContext);
  const [players, setPlayers] = useState<VariantPlayers>();

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const box = el.getBoundingClientRect();
      const picture = drawnPicture({ width: box.width * devicePixelRatio, height: box.height * devicePixelRatio }, fit);
      setPlayers((p) => playersForSize(p, picture, threshold));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fit, threshold, scale]);

  const onFirstFrame = useCallback((variant: StreamVariant) => setPlayers((p) => (p ? playersOnFirstFrame(p, variant) : p)), []);
  return { players, onFirstFrame };
}
