import type { TourPosition } from './tour-position.js';

/** A player the tour keeps alive: the one on screen, or the next one warming up behind it. */
export interface TourPlayer {
  /** Stable across the steps it serves, so React keeps the same player (and picture) through a switch. */
  key: number;
  index: number;
  shown: boolean;
}

/**
 * Steps in a row on the same camera (counting the wrap from last to first) share one player: the
 * index where that run starts. A tour of one camera has a single run.
 */
export function playerKey(steps: readonly { cameraId: string }[], index: number): number {
  const camera = steps[index]!.cameraId;
  let start = index;
  for (let n = 1; n < steps.length; n++) {
    const prev = (start - 1 + steps.length) % steps.length;
    if (steps[prev]!.cameraId !== camera) return start;
    start = prev;
  }
  return 0;
}

/**
 * The players needed now: the shown step's, plus the next step's once the switch is `preconnectMs`
 * away, so the next camera is already decoding when it comes on screen.
 */
export function tourPlayers(steps: readonly { cameraId: string }[], pos: TourPosition, preconnectMs: number): TourPlayer[] {
  const shown: TourPlayer = { key: playerKey(steps, pos.index), index: pos.index, shown: true };
  if (pos.remainingMs > preconnectMs) return [shown];
  const nextIndex = (pos.index + 1) % steps.length;
  const nextKey = playerKey(steps, nextIndex);
  return nextKey === shown.key ? [shown] : [shown, { key: nextKey, index: nextIndex, shown: false }];
}
