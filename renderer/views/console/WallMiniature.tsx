import { useTranslation } from 'react-i18next';
import { canvasSize, displayViewport, tileCanvasRect, type Layout, type Wall } from '../../../common/index.js';
import { KindIcon } from '../../ui/KindIcon.js';
import { fitInto } from '../wall/fit.js';
import { MiniCameraTile } from './MiniCameraTile.js';
import { MiniKpi } from './MiniKpi.js';
import { usePushCamera } from './use-push-camera.js';

const BOX = { width: 640, height: 300 };

/**
 * The wall's canvas scaled down: display frames and tile boxes with their kind and title, KPI values
 * live, camera boxes that take a camera pushed onto the wall. No video.
 */
export function WallMiniature({ wall, layout }: { wall: Wall; layout: Layout | undefined }) {
  const { t } = useTranslation();
  const { push, busyTile, error } = usePushCamera(wall.id);
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
    <div className="mini-wall-box">
      <div className="mini-wall" data-wall-id={wall.id} style={{ width: px(canvas.width), height: px(canvas.height) }}>
        {displays}
        {layout?.tiles.map((tile) => {
          const r = tileCanvasRect(wall, layout, tile);
          const style = { left: px(r.x), top: px(r.y), width: px(r.width), height: px(r.height) };
          if (tile.kind === 'camera') {
            return <MiniCameraTile key={tile.id} wall={wall} tile={tile} style={style} busy={busyTile === tile.id} onPush={(id, cam) => void push(id, cam)} />;
          }
          return (
            <div key={tile.id} className={`mini-tile mini-tile--${tile.kind}`} data-mini-tile-id={tile.id} title={tile.title ?? t(`tiles.${tile.kind}`)} style={style}>
              <span className="mini-tile-head">
                <KindIcon kind={tile.kind} />
                <span className="mini-tile-title">{tile.title ?? t(`tiles.${tile.kind}`)}</span>
              </span>
              {tile.kind === 'kpi' ? <MiniKpi tile={tile} /> : null}
            </div>
          );
        })}
      </div>
      {error ? (
        <div className="push-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
