import { cameraTourTileOptionsSchema } from '../../../common/tiles/camera-tour.js';
import { defineTile } from '../registry.js';
import { CameraTourTile } from './CameraTourTile.js';

export const cameraTourTile = defineTile({
  kind: 'camera-tour',
  name: 'tiles.camera-tour',
  optionsSchema: cameraTourTileOptionsSchema,
  Component: CameraTourTile,
});
