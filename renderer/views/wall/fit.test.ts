import { describe, expect, it } from 'vitest';
import { fitInto } from './fit.js';

describe('fitInto', () => {
  it('is 1:1 on a display of the wall size', () => {
    expect(fitInto({ width: 1920, height: 1080 }, { width: 1920, height: 1080 })).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('scales down into a smaller preview window and centres the letterbox', () => {
    expect(fitInto({ width: 1920, height: 1080 }, { width: 960, height: 600 })).toEqual({ scale: 0.5, x: 0, y: 30 });
  });

  it('survives a window of no size while it is being created', () => {
    expect(fitInto({ width: 1920, height: 1080 }, { width: 0, height: 0 })).toEqual({ scale: 1, x: 0, y: 0 });
  });
});
