import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgo } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { tileCamera } from '../../state/tile-camera.js';
import type { PlayerStatus } from '../../video/mse-player.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { tileStateOfPlayer } from './camera-state.js';
import { CameraVideo } from './CameraVideo.js';

/** Frames older than this get their age shown even while the player says live: a frozen picture must not look live. */
const SHOW_AGE_AFTER_MS = 3000;

export function CameraTile({ tile, options }: TileProps<'camera'>) {
  const { t } = useTranslation();
  const lang = useLang();
  // An operator may have pushed another camera onto this tile; the tile itself stays the layout's.
  const cameraId = useApp((s) => tileCamera(s, tile.id, options.cameraId));
  const camera = useApp((s) => s.cameras[cameraId]);
  const offset = useApp((s) => s.clockOffsetMs);
  const now = useNow();
  const hasToken = useApp((s) => s.session?.streamToken !== undefined);
  const [status, setStatus] = useState<PlayerStatus>({ state: 'loading' });

  const state = tileStateOfPlayer(status.state);
  // The player stamps frames on this machine's clock; now is on the host's.
  const age = status.lastFrameAt !== undefined ? now - offset - status.lastFrameAt : undefined;
  const showAge = age !== undefined && (state !== 'live' || age > SHOW_AGE_AFTER_MS);

  return (
    <TileFrame tileId={tile.id} kind="camera" state={state} title={tile.title} className="camera-tile" data={{ 'data-camera-id': cameraId }}>
      <CameraVideo cameraId={cameraId} fit={options.fit} onStatus={setStatus} />
      <div className="camera-overlay">
        {options.showName ? <span className="camera-name">{camera?.name ?? cameraId}</span> : null}
        <span className={`camera-badge camera-badge--${status.state}`}>
          <span className="camera-dot" aria-hidden="true" />
          {hasToken ? t(`camera.${status.state}`) : t('camera.noToken')}
        </span>
        {showAge ? <span className="camera-age">{t('camera.lastFrame', { ago: formatAgo(age, lang) })}</span> : null}
      </div>
    </TileFrame>
  );
}
