import { formatLongDate, formatTime } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';

/** The time in the IOC's zone (or the tile's), from the host's clock so every display agrees. */
export function ClockTile({ tile, options }: TileProps<'clock'>) {
  const now = useNow();
  const lang = useLang();
  return (
    <TileFrame tileId={tile.id} kind="clock" state="live" title={tile.title}>
      <div className="clock-tile">
        <div className="clock-time">{formatTime(now, lang, { seconds: options.showSeconds, timeZone: options.timeZone })}</div>
        {options.showDate ? <div className="clock-date">{formatLongDate(now, lang, options.timeZone)}</div> : null}
      </div>
    </TileFrame>
  );
}
