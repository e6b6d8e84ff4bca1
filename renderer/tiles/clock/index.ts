import { clockTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { ClockTile } from './ClockTile.js';

export const clockTile = defineTile({ kind: 'clock', name: 'tiles.clock', optionsSchema: clockTileOptionsSchema, Component: ClockTile });
