import { alertGridTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { AlertGridTile } from './AlertGridTile.js';

export const alertGridTile = defineTile({ kind: 'alert-grid', name: 'tiles.alert-grid', optionsSchema: alertGridTileOptionsSchema, Component: AlertGridTile });
