import { describe, expect, it } from 'vitest';
import { playersForSize, playersOnFirstFrame, type VariantPlayers } from './variant-players.js';

const threshold = { width: 640, height: 360 };
const small = { width: 320, height: 180 };
const large = { width: 1280, height: 720 };
// Past the threshold, but not by the hysteresis.
const justAbove = { width: 660, height: 371 };

describe('the players of a camera picture', () => {
  it('starts with the stream its size asks for', () => {
    expect(playersForSize(undefined, small, threshold)).toEqual({ shown: 'sub' });
    expect(playersForSize(undefined, large, threshold)).toEqual({ shown: 'main' });
  });

  it('keeps the shown stream until the other one has painted a frame, then swaps', () => {
    const growing = playersForSize({ shown: 'sub' }, large, threshold);
    expect(growing).toEqual({ shown: 'sub', incoming: 'main' });
    expect(playersOnFirstFrame(growing, 'sub')).toBe(growing);
    expect(playersOnFirstFrame(growing, 'main')).toEqual({ shown: 'main' });
  });

  it('cancels a swap when the picture goes back before it happened', () => {
    const growing: VariantPlayers = { shown: 'sub', incoming: 'main' };
    expect(playersForSize(growing, small, threshold)).toEqual({ shown: 'sub' });
    // Just above the threshold still counts as large for a picture heading for the main stream.
    expect(playersForSize(growing, justAbove, threshold)).toBe(growing);
  });

  it('does not swap for a picture that only just crossed the threshold', () => {
    const shown: VariantPlayers = { shown: 'sub' };
    expect(playersForSize(shown, justAbove, threshold)).toBe(shown);
  });

  it('changes nothing when the size asks for what plays', () => {
    const shown: VariantPlayers = { shown: 'main' };
    expect(playersForSize(shown, large, threshold)).toBe(shown);
  });
});
