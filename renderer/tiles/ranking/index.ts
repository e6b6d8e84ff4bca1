import { rankingTileOptionsSchema } from '../../../common/index.js';
import { defineTile } from '../registry.js';
import { RankingTile } from './RankingTile.js';

export const rankingTile = defineTile({ kind: 'ranking', name: 'tiles.ranking', optionsSchema: rankingTileOptionsSchema, Component: RankingTile });
