import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { displayId, tilesForDisplay } from '../../../common/index.js';
import { useWindowSize } from '../../hooks/use-window-size.js';
import { useApp } from '../../state/AppContext.js';
import { DisplayScaleContext } from '../../tiles/display-scale.js';
import { TileHost } from '../../tiles/TileHost.js';
import { ConnectionStatus } from '../ConnectionStatus.js';
import { fitInto } from './fit.js';

interface Props {
  wallId: string;
  row: number;
  col: number;
}

/**
 * One physical display of a wall: the tiles that reach into it, laid out at the display's own
 * pixel size and scaled to the window. Shows the last good state whatever happens to the host.
 */
export function WallView({ wallId, row, col }: Props) {
  const { t } = useTranslation();
  const wall = useApp((s) => s.walls[wallId]);
  const wallsKnown = useApp((s) => Object.keys(s.walls).length > 0);
  const layout = useApp((s) => (wall ? s.layouts[wall.layout] : undefined));
  const windowSize = useWindowSize();
  const placed = useMemo(() => (wall && layout ? tilesForDisplay(wall, layout, row, col) : []), [wall, layout, row, col]);

  let message: string | undefined;
  if (!wall) message = wallsKnown ? t('wall.notFound', { wall: wallId }) : t('wall.waiting');
  else if (row >= wall.rows || col >= wall.cols) message = t('wall.outside', { display: displayId(row, col), wall: wallId, rows: wall.rows, cols: wall.cols });
  else if (!layout) message = t('wall.noLayout', { layout: wall.layout });

  const display = wall?.display ?? { width: 1920, height: 1080 };
  const fit = fitInto(display, windowSize);

  return (
    <div className="wall-root" data-wall-id={wallId} data-display-id={displayId(row, col)} data-layout-id={layout?.id}>
      <div
        className="wall-display"
        style={{ width: display.width, height: display.height, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` }}
      >
        {message ? (
          <div className="wall-message">{message}</div>
        ) : (
          <DisplayScaleContext value={fit.scale}>
            {placed.map(({ tile, rect }) => (
              <div key={tile.id} className="tile-slot" style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}>
                <TileHost tile={tile} mode="wall" />
              </div>
            ))}
          </DisplayScaleContext>
        )}
      </div>
      <ConnectionStatus variant="wall" />
    </div>
  );
}
