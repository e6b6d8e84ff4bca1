import { cameraGridTileOptionsSchema } from '../../../common/tiles/camera-grid.js';
import { defineTile } from '../registry.js';
import { CameraGridTile } from './CameraGridTile.js';

export const cameraGridTile = defineTile({
  kind: 'camera-grid',
  name: 'tiles.camera-grid',
  optionsSchema: cameraGridTileOptionsSchema,
  Component: CameraGridTile,
});
