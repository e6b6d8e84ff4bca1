import { useEffect, useState } from 'react';
import { useApp } from '../../state/AppContext.js';
import { tourPosition, type TourPosition } from './tour-position.js';

/** Further than this from the host's clock, the tour jumps to it: the first clock sync, a tab that slept, new steps. */
const RESYNC_MS = 250;
/** Wakes a little after the moment, so the position read then is already past it. */
const WAKE_LATE_MS = 20;

/**
 * Where the tour is on the host's clock, counted from the Unix epoch so every display and every
 * reload agree. Re-renders only when something changes: `beforeSwitchMs` before each switch (to
 * warm up the next camera) and at the switch.
 */
export function useTourClock(steps: readonly { dwellSeconds: number }[], beforeSwitchMs: number): { now: number; position: TourPosition } {
  const offset = useApp((s) => s.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now() + offset);

  useEffect(() => {
    const hostNow = Date.now() + offset;
    if (Math.abs(hostNow - now) > RESYNC_MS) {
      setNow(hostNow);
      return;
    }
    const { remainingMs } = tourPosition(steps, now);
    const wait = remainingMs > beforeSwitchMs ? remainingMs - beforeSwitchMs : remainingMs;
    const timer = setTimeout(() => setNow(Date.now() + offset), wait + WAKE_LATE_MS);
    return () => clearTimeout(timer);
  }, [now, offset, steps, beforeSwitchMs]);

  return { now, position: tourPosition(steps, now) };
}
