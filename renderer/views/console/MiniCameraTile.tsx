import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TileOf, Wall } from '../../../common/index.js';
import { useApp } from '../../state/AppContext.js';
import { KindIcon } from '../../ui/KindIcon.js';
import { carriesCamera, droppedCamera } from './camera-drag.js';
import { useSnapshot } from './use-snapshot.js';

interface Props {
  wall: Wall;
  tile: TileOf<'camera'>;
  style: CSSProperties;
  busy: boolean;
  /** A camera id to show it on the tile; undefined for the layout's camera. */
  onPush: (tileId: string, cameraId: string | undefined) => void;
}

/**
 * A camera tile in the wall miniature: names the camera the wall shows there, behind its snapshot
 * (the camera list's, no request of its own), and takes another, dropped from the camera list or
 * picked in its select (for keyboards and touch screens).
 */
export function MiniCameraTile({ wall, tile, style, busy, onPush }: Props) {
  const { t } = useTranslation();
  const cameras = useApp((s) => s.cameras);
  const [dropping, setDropping] = useState(false);
  const pushed = wall.cameraOverrides[tile.id];
  const shownId = pushed ?? tile.options.cameraId;
  const shownName = cameras[shownId]?.name ?? shownId;
  const title = pushed ? t('console.pushedOver', { camera: shownName, layoutCamera: cameras[tile.options.cameraId]?.name ?? tile.options.cameraId }) : (tile.title ?? shownName);
  const choices = Object.values(cameras).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const snapshot = useSnapshot(shownId);

  return (
    <div
      className={`mini-tile mini-tile--camera${pushed ? ' mini-tile--pushed' : ''}${dropping ? ' mini-tile--drop' : ''}`}
      data-mini-tile-id={tile.id}
      data-camera-id={shownId}
      title={title}
      style={style}
      onDragOver={(e) => {
        if (!carriesCamera(e.dataTransfer)) return;
        // Accepting the drop is what preventDefault on dragover means in HTML5 drag and drop.
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        const cameraId = droppedCamera(e.dataTransfer);
        if (cameraId === undefined) return;
        e.preventDefault();
        onPush(tile.id, cameraId);
      }}
    >
      {snapshot.state === 'shown' ? <img className="mini-tile-thumb" src={snapshot.src} alt="" draggable={false} /> : null}
      <span className="mini-tile-head">
        <KindIcon kind="camera" />
        <span className="mini-tile-title">{tile.title && !pushed ? tile.title : shownName}</span>
      </span>
      <select
        className="mini-push"
        aria-label={t('console.pushCamera')}
        title={t('console.pushCamera')}
        data-push-tile-id={tile.id}
        value={pushed ?? ''}
        disabled={busy}
        onChange={(e) => onPush(tile.id, e.target.value || undefined)}
      >
        <option value="">{t('console.layoutCamera')}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
