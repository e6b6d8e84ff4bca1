import { describe, expect, it } from 'vitest';
import { playerKey, tourPlayers } from './tour-players.js';

const steps = [{ cameraId: 'a' }, { cameraId: 'b' }, { cameraId: 'c' }];

describe('tourPlayers', () => {
  it('keeps one player until the switch is near', () => {
    expect(tourPlayers(steps, { index: 0, remainingMs: 3_001 }, 3_000)).toEqual([{ key: 0, index: 0, shown: true }]);
  });

  it('warms up the next camera before the switch, wrapping after the last step', () => {
    expect(tourPlayers(steps, { index: 0, remainingMs: 3_000 }, 3_000)).toEqual([
      { key: 0, index: 0, shown: true },
      { key: 1, index: 1, shown: false },
    ]);
    expect(tourPlayers(steps, { index: 2, remainingMs: 10 }, 3_000)).toEqual([
      { key: 2, index: 2, shown: true },
      { key: 0, index: 0, shown: false },
    ]);
  });

  it('never opens a second player for the camera already on screen', () => {
    const repeat = [{ cameraId: 'a' }, { cameraId: 'a' }, { cameraId: 'b' }];
    expect(tourPlayers(repeat, { index: 0, remainingMs: 100 }, 3_000)).toEqual([{ key: 0, index: 0, shown: true }]);
    expect(tourPlayers([{ cameraId: 'a' }], { index: 0, remainingMs: 100 }, 3_000)).toEqual([{ key: 0, index: 0, shown: true }]);
  });
});

describe('playerKey', () => {
  it('is the start of the run of steps on the same camera, across the wrap', () => {
    const tour = [{ cameraId: 'a' }, { cameraId: 'b' }, { cameraId: 'b' }, { cameraId: 'a' }];
    expect([0, 1, 2, 3].map((i) => playerKey(tour, i))).toEqual([3, 1, 1, 3]);
    expect([0, 1].map((i) => playerKey([{ cameraId: 'a' }, { cameraId: 'a' }], i))).toEqual([0, 0]);
  });
});
