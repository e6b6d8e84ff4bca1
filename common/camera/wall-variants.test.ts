import { describe, expect, it } from 'vitest';
import { layoutSchema, type LayoutInput } from '../schemas/layout.js';
import { wallSchema } from '../schemas/wall.js';
import { wallCameraSlots, warmVariants } from './wall-variants.js';

// One 1920x1080 display on a 12x12 grid: a cell is 160x90 pixels.
const wall = wallSchema.parse({ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'l', cameraOverrides: { lon: 'cam-day' } });
const layout = layoutSchema.parse({
  id: 'l',
  name: 'L',
  grid: { cols: 12, rows: 12 },
  tiles: [
    { id: 'lon', kind: 'camera', x: 0, y: 0, w: 6, h: 6, options: { cameraId: 'cam-lon' } },
    { id: 'nho', kind: 'camera', x: 6, y: 0, w: 3, h: 3, options: { cameraId: 'cam-nho' } },
    { id: 'luoi', kind: 'camera-grid', x: 0, y: 6, w: 6, h: 6, options: { size: '3x3', cameraIds: ['cam-a', 'cam-b'] } },
    { id: 'tour', kind: 'camera-tour', x: 6, y: 6, w: 6, h: 6, options: { steps: [{ cameraId: 'cam-a', dwellSeconds: 5 }] } },
    { id: 'gio', kind: 'clock', x: 9, y: 0, w: 3, h: 1, options: {} },
  ],
} satisfies LayoutInput);

describe('wallCameraSlots', () => {
  it('gives large pictures the main stream and small ones the sub stream, at the wall\'s pixels', () => {
    expect(wallCameraSlots(wall, layout)).toEqual([
      // 960x540 with the camera an operator pushed onto it.
      { cameraId: 'cam-day', variant: 'main', pushTarget: true },
      // 480x270.
      { cameraId: 'cam-nho', variant: 'sub', pushTarget: true },
      // 320x180 cells.
      { cameraId: 'cam-a', variant: 'sub', pushTarget: false },
      { cameraId: 'cam-b', variant: 'sub', pushTarget: false },
      { cameraId: 'cam-a', variant: 'main', pushTarget: false },
    ]);
  });

  it('puts the cells of a 3x3 grid over a whole 1920x1080 display, exactly 640x360, on sub streams', () => {
    const full = layoutSchema.parse({
      id: 'f',
      name: 'F',
      grid: { cols: 1, rows: 1 },
      tiles: [{ id: 'g', kind: 'camera-grid', x: 0, y: 0, w: 1, h: 1, options: { size: '3x3', cameraIds: ['cam-a'] } }],
    });
    expect(wallCameraSlots(wall, full)).toEqual([{ cameraId: 'cam-a', variant: 'sub', pushTarget: false }]);
  });

  it('follows the wall\'s threshold', () => {
    const everywhereMain = { ...wall, subStreamUpTo: { width: 0, height: 0 } };
    expect(new Set(wallCameraSlots(everywhereMain, layout).map((s) => s.variant))).toEqual(new Set(['main']));
  });
});

describe('warmVariants', () => {
  const slots = wallCameraSlots(wall, layout);

  it('keeps warm the streams a camera plays on the wall, both only when it shows at both sizes', () => {
    expect(warmVariants('cam-b', slots)).toEqual(['sub']);
    expect(warmVariants('cam-day', slots)).toEqual(['main']);
    expect(warmVariants('cam-a', slots)).toEqual(['main', 'sub']);
  });

  it('keeps a camera the wall does not show warm for the camera tiles it could be pushed onto', () => {
    expect(warmVariants('cam-lon', slots)).toEqual(['main', 'sub']);
    expect(warmVariants('cam-lon', slots.filter((s) => s.cameraId !== 'cam-nho'))).toEqual(['main']);
  });

  it('keeps the main stream warm when no wall has a camera tile', () => {
    expect(warmVariants('cam-x', [])).toEqual(['main']);
  });
});
