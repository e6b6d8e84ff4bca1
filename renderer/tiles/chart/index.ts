import { chartTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { ChartTile } from './ChartTile.js';

export const chartTile = defineTile({ kind: 'chart', name: 'tiles.chart', optionsSchema: chartTileOptionsSchema, Component: ChartTile });
