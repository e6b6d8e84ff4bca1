import { textTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { TextTile } from './TextTile.js';

export const textTile = defineTile({ kind: 'text', name: 'tiles.text', optionsSchema: textTileOptionsSchema, Component: TextTile });
