import { useTranslation } from 'react-i18next';
import { canvasSize, displayViewport, tileCanvasRect, type Layout, type Wall } from '../../../common/index.js';
import { useApp } from '../../state/AppContext.js';
import { KindIcon } from '../../ui/KindIcon.js';
import { fitInto } from '../wall/fit.js';
import { MiniKpi } from './MiniKpi.js';

const BOX = { width: 640, height: 300 };

/** The wall's canvas scaled down: display frames and tile boxes with their kind and title, KPI values live. No video. */
export function WallMiniature({ wall, layout }: { wall: Wall; layout: Layout | undefined }) {
  const { t } = useTranslation();
  const cameras = useApp((s) => s.cameras);
  // A camera box says which camera: that is what an operator looks for before pushing another one.
  const titleOf = (tile: Layout['tiles'][number]) =>
    tile.title ?? (tile.kind === 'camera' ? (cameras[tile.options.cameraId]?.name ?? tile.options.cameraId) : t(`tiles.${tile.kind}`));
  const canvas = canvasSize(wall);
  const { scale } = fitInto(canvas, BOX);
  const px = (v: number) => Math.round(v * scale);
  const displays = [];
  for (let row = 0; row < wall.rows; row++) {
    for (let col = 0; col < wall.cols; col++) {
      const r = displayViewport(wall, row, col);
      displays.push(<div key={`${row}-${col}`} className="mini-display" style={{ left: px(r.x), top: px(r.y), width: px(r.width), height: px(r.height) }} />);
    }
  }
  return (
    <div className="mini-wall" data-wall-id={wall.id} style={{ width: px(canvas.width), height: px(canvas.height) }}>
      {displays}
      {layout?.tiles.map((tile) => {
        const r = tileCanvasRect(wall, layout, tile);
        return (
          <div
            key={tile.id}
            className={`mini-tile mini-tile--${tile.kind}`}
            data-mini-tile-id={tile.id}
            title={titleOf(tile)}
            style={{ left: px(r.x), top: px(r.y), width: px(r.width), height: px(r.height) }}
          >
            <span className="mini-tile-head">
              <KindIcon kind={tile.kind} />
              <span className="mini-tile-title">{titleOf(tile)}</span>
            </span>
            {tile.kind === 'kpi' ? <MiniKpi tile={tile} /> : null}
          </div>
        );
      })}
    </div>
  );
}
