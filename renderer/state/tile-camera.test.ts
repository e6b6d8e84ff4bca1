import { describe, expect, it } from 'vitest';
import { wallSchema } from '../../common/index.js';
import { tileCamera } from './tile-camera.js';

const wall = (id: string, cameraOverrides: Record<string, string>) => wallSchema.parse({ id, name: id, rows: 1, cols: 1, layout: 'l', cameraOverrides });
const walls = { main: wall('main', { left: 'cam-pushed' }), phu: wall('phu', {}) };

describe('tileCamera', () => {
  it('shows the camera pushed onto the tile of the page wall', () => {
    expect(tileCamera({ page: { kind: 'wall', wallId: 'main', row: 0, col: 0 }, walls }, 'left', 'cam-layout')).toBe('cam-pushed');
  });

  it("keeps the layout's camera for other tiles, other walls sharing the layout, and the console", () => {
    expect(tileCamera({ page: { kind: 'wall', wallId: 'main', row: 0, col: 0 }, walls }, 'right', 'cam-layout')).toBe('cam-layout');
    expect(tileCamera({ page: { kind: 'wall', wallId: 'phu', row: 0, col: 0 }, walls }, 'left', 'cam-layout')).toBe('cam-layout');
    expect(tileCamera({ page: { kind: 'console' }, walls }, 'left', 'cam-layout')).toBe('cam-layout');
    expect(tileCamera({ page: undefined, walls }, 'left', 'cam-layout')).toBe('cam-layout');
  });

  it("keeps the layout's camera while the page's wall is not known yet", () => {
    expect(tileCamera({ page: { kind: 'wall', wallId: 'neu', row: 0, col: 0 }, walls }, 'left', 'cam-layout')).toBe('cam-layout');
  });
});
