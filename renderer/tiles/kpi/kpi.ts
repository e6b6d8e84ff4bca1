import { MINUTE, type TileOptions } from '../../../common/index.js';
import { pointAtOrBefore, type Point } from '../../state/sample-buffer.js';

export type KpiStatus = 'none' | 'ok' | 'warn' | 'crit';

type Thresholds = Pick<TileOptions<'kpi'>, 'warn' | 'crit' | 'direction'>;

/** Where the value stands against the thresholds, read in the tile's direction; "none" when there are no thresholds. */
export function kpiStatus(value: number, { warn, crit, direction }: Thresholds): KpiStatus {
  if (warn === undefined && crit === undefined) return 'none';
  const worseOrEqual = (limit: number) => (direction === 'higher-better' ? value <= limit : value >= limit);
  if (crit !== undefined && worseOrEqual(crit)) return 'crit';
  if (warn !== undefined && worseOrEqual(warn)) return 'warn';
  return 'ok';
}

export interface KpiTrend {
  delta: number;
  arrow: 'up' | 'down' | 'flat';
  tone: 'good' | 'bad' | 'neutral';
}

/**
 * The latest value against the one trendMinutes before it; undefined while the buffer does not
 * reach that far back. A change that rounds to zero at the shown decimals is flat.
 */
export function kpiTrend(
  points: readonly Point[],
  opts: Pick<TileOptions<'kpi'>, 'trendMinutes' | 'direction' | 'decimals'>,
): KpiTrend | undefined {
  const latest = points[points.length - 1];
  if (!latest) return undefined;
  const before = pointAtOrBefore(points, latest.t - opts.trendMinutes * MINUTE);
  if (!before) return undefined;
  const delta = latest.v - before.v;
  const scale = 10 ** opts.decimals;
  if (Math.round(Math.abs(delta) * scale) === 0) return { delta: 0, arrow: 'flat', tone: 'neutral' };
  const arrow = delta > 0 ? 'up' : 'down';
  const better = (arrow === 'up') === (opts.direction === 'higher-better');
  return { delta, arrow, tone: better ? 'good' : 'bad' };
}
