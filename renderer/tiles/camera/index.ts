import { cameraTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { CameraTile } from './CameraTile.js';

export const cameraTile = defineTile({ kind: 'camera', name: 'tiles.camera', optionsSchema: cameraTileOptionsSchema, Component: CameraTile });
