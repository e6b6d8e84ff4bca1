import { describe, expect, it } from 'vitest';
import { chooseVariant, drawnPicture, VARIANT_HYSTERESIS } from './variant-choice.js';

const below = { width: 640, height: 360 };

describe('drawnPicture', () => {
  it('fills a box with cover and fits inside it with contain, at 16:9', () => {
    expect(drawnPicture({ width: 1280, height: 720 }, 'cover')).toEqual({ width: 1280, height: 720 });
    expect(drawnPicture({ width: 1280, height: 720 }, 'contain')).toEqual({ width: 1280, height: 720 });
    // A tall box: cover zooms in to its height, contain shrinks to its width.
    expect(drawnPicture({ width: 400, height: 900 }, 'cover')).toEqual({ width: 1600, height: 900 });
    expect(drawnPicture({ width: 400, height: 900 }, 'contain')).toEqual({ width: 400, height: 225 });
  });

  it('draws nothing in a box with no size', () => {
    expect(drawnPicture({ width: 0, height: 300 }, 'cover')).toEqual({ width: 0, height: 0 });
  });
});

describe('chooseVariant', () => {
  it('plays the sub stream up to the threshold and the main stream past it', () => {
    // A 3x3 grid over a 1920x1080 display, and a whole display.
    expect(chooseVariant({ width: 640, height: 360 }, below)).toBe('sub');
    expect(chooseVariant({ width: 641, height: 361 }, below)).toBe('main');
    expect(chooseVariant({ width: 1920, height: 1080 }, below)).toBe('main');
  });

  it('compares areas, so a picture of another shape is judged by its pixels', () => {
    expect(chooseVariant({ width: 470, height: 470 }, below)).toBe('sub');
    expect(chooseVariant({ width: 490, height: 490 }, below)).toBe('main');
  });

  it('keeps the stream it plays until the picture is clearly past the threshold', () => {
    const area = below.width * below.height;
    const side = (a: number) => ({ width: Math.sqrt(a), height: Math.sqrt(a) });
    expect(chooseVariant(side(area * 1.1), below, 'sub')).toBe('sub');
    expect(chooseVariant(side(area * VARIANT_HYSTERESIS * 1.01), below, 'sub')).toBe('main');
    expect(chooseVariant(side(area * 0.9), below, 'main')).toBe('main');
    expect(chooseVariant(side((area / VARIANT_HYSTERESIS) * 0.99), below, 'main')).toBe('sub');
  });

  it('does not flap when a tile is resized back and forth across the threshold', () => {
    const sizes = [600, 660, 610, 670, 620, 650].map((w) => ({ width: w, height: (w * 9) / 16 }));
    let variant = chooseVariant(sizes[0]!, below);
    const seen = sizes.map((s) => (variant = chooseVariant(s, below, variant)));
    expect(seen).toEqual(['sub', 'sub', 'sub', 'sub', 'sub', 'sub']);
  });

  it('plays the main stream everywhere with a 0x0 threshold', () => {
    expect(chooseVariant({ width: 10, height: 10 }, { width: 0, height: 0 })).toBe('main');
    expect(chooseVariant({ width: 10, height: 10 }, { width: 0, height: 0 }, 'sub')).toBe('main');
    expect(chooseVariant({ width: 0, height: 0 }, { width: 0, height: 0 })).toBe('main');
    expect(chooseVariant({ width: 0, height: 0 }, { width: 0, height: 0 }, 'main')).toBe('main');
  });
});
