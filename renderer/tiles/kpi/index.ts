import { kpiTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { KpiTile } from './KpiTile.js';

export const kpiTile = defineTile({ kind: 'kpi', name: 'tiles.kpi', optionsSchema: kpiTileOptionsSchema, Component: KpiTile });
