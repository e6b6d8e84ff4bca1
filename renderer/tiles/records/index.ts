import { recordsTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { RecordsTile } from './RecordsTile.js';

export const recordsTile = defineTile({ kind: 'records', name: 'tiles.records', optionsSchema: recordsTileOptionsSchema, Component: RecordsTile });
