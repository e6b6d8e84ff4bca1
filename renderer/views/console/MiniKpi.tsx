import type { TileOf } from '../../../common/index.js';
import { formatNumber } from '../../format/number.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { kpiStatus } from '../../tiles/kpi/kpi.js';

/** The live value of a KPI tile inside the wall miniature, in its threshold colour. */
export function MiniKpi({ tile }: { tile: TileOf<'kpi'> }) {
  const lang = useLang();
  const latest = useApp((s) => s.samples[tile.options.seriesId]?.points.at(-1));
  const unit = useApp((s) => tile.options.unit || s.series[tile.options.seriesId]?.unit || '');
  if (!latest) return <span className="mini-kpi">—</span>;
  return (
    <span className={`mini-kpi kpi--${kpiStatus(latest.v, tile.options)}`}>
      {formatNumber(latest.v, lang, tile.options.decimals)}
      {unit ? ` ${unit}` : ''}
    </span>
  );
}
