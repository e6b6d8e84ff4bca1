import { describe, expect, it } from 'vitest';
import { wallSchema } from '../schemas/wall.js';
import { planWindows, type Screen, type WallWindowSpec } from './plan-windows.js';

const wall = wallSchema.parse({ id: 'main', name: 'Tường chính', rows: 2, cols: 2, layout: 'overview' });

function screenAt(id: number, x: number, y: number, primary = false): Screen {
  return { id, bounds: { x, y, width: 1920, height: 1080 }, workArea: { x, y, width: 1920, height: 1040 }, primary };
}

const walls = (specs: ReturnType<typeof planWindows>) => specs.filter((s): s is WallWindowSpec => s.kind === 'wall');

describe('planWindows', () => {
  it('puts the console on the primary screen and the 2x2 wall on the other four, row-major by position', () => {
    // The OS lists screens in no useful order; the wall sits to the right of the desk screen.
    const screens = [
      screenAt(14, 3840, 1080),
      screenAt(11, 1920, 0),
      screenAt(1, 0, 0, true),
      screenAt(13, 1920, 1080),
      screenAt(12, 3840, 0),
    ];
    const specs = planWindows(wall, screens);
    expect(specs).toHaveLength(5);
    expect(walls(specs).map((s) => [s.displayId, s.screenId, s.kiosk])).toEqual([
      ['r0c0', 11, true],
      ['r0c1', 12, true],
      ['r1c0', 13, true],
      ['r1c1', 14, true],
    ]);
    expect(walls(specs)[3]!.bounds).toEqual({ x: 3840, y: 1080, width: 1920, height: 1080 });
    expect(walls(specs).every((s) => s.wallId === 'main')).toBe(true);
    const consoles = specs.filter((s) => s.kind === 'console');
    expect(consoles).toEqual([{ kind: 'console', screenId: 1, bounds: { x: 0, y: 0, width: 1920, height: 1040 } }]);
  });

  it('takes the first screen as primary when none says so', () => {
    const specs = planWindows(wall, [screenAt(5, 0, 0), screenAt(6, 1920, 0), screenAt(7, 3840, 0), screenAt(8, 1920, 1080), screenAt(9, 3840, 1080)]);
    expect(specs.find((s) => s.kind === 'console')?.screenId).toBe(5);
    expect(walls(specs).map((s) => s.screenId)).toEqual([6, 7, 8, 9]);
  });

  it('gives a wall PC with exactly four screens the whole wall and no console', () => {
    const screens = [screenAt(4, 1920, 1080), screenAt(3, 0, 1080), screenAt(2, 1920, 0), screenAt(1, 0, 0, true)];
    const specs = planWindows(wall, screens);
    expect(specs.some((s) => s.kind === 'console')).toBe(false);
    expect(walls(specs).map((s) => [s.displayId, s.screenId, s.kiosk])).toEqual([
      ['r0c0', 1, true],
      ['r0c1', 2, true],
      ['r1c0', 3, true],
      ['r1c1', 4, true],
    ]);
  });

  it('previews the wall in tiled windows at the wall aspect ratio on a single screen, not in kiosk', () => {
    const specs = planWindows(wall, [screenAt(1, 0, 0, true)]);
    const tiles = walls(specs);
    expect(tiles).toHaveLength(4);
    expect(tiles.every((s) => !s.kiosk && s.screenId === 1)).toBe(true);
    // 2x2 of 16:9 is 16:9: the work area's height (1040) sets the size.
    const w = Math.floor(Math.floor(1040 * (16 / 9)) / 2);
    const h = Math.floor(Math.floor(Math.floor(1040 * (16 / 9)) / (16 / 9)) / 2);
    expect(tiles.map((s) => s.bounds)).toEqual([
      { x: 0, y: 0, width: w, height: h },
      { x: w, y: 0, width: w, height: h },
      { x: 0, y: h, width: w, height: h },
      { x: w, y: h, width: w, height: h },
    ]);
    for (const t of tiles) {
      expect(t.bounds.width / t.bounds.height).toBeCloseTo(1920 / 1080, 2);
      expect(t.bounds.x + t.bounds.width).toBeLessThanOrEqual(1920);
      expect(t.bounds.y + t.bounds.height).toBeLessThanOrEqual(1040);
    }
    expect(specs.find((s) => s.kind === 'console')).toEqual({ kind: 'console', screenId: 1, bounds: { x: 0, y: 0, width: 1920, height: 1040 } });
  });

  it('keeps a wide wall inside a single screen by width', () => {
    const wide = wallSchema.parse({ id: 'wide', name: 'Wide', rows: 1, cols: 4, layout: 'overview' });
    const tiles = walls(planWindows(wide, [screenAt(1, 0, 0, true)]));
    expect(tiles).toHaveLength(4);
    expect(tiles.map((t) => t.bounds.width)).toEqual([480, 480, 480, 480]);
    expect(tiles.every((t) => t.bounds.height === 270 && t.bounds.y === 0)).toBe(true);
  });

  it('previews on the primary and puts the console on the next screen when there are too few for the wall', () => {
    const specs = planWindows(wall, [screenAt(2, 1920, 0), screenAt(1, 0, 0, true)]);
    expect(walls(specs).every((s) => s.screenId === 1 && !s.kiosk)).toBe(true);
    expect(specs.find((s) => s.kind === 'console')?.screenId).toBe(2);
  });

  it('plans nothing without screens', () => {
    expect(planWindows(wall, [])).toEqual([]);
  });
});
