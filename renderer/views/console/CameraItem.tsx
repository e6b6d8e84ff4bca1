import { useTranslation } from 'react-i18next';
import type { PublicCamera } from '../../../common/index.js';
import { formatNumber } from '../../format/number.js';
import { useLang } from '../../i18n/use-lang.js';
import type { CameraStreamsHealth } from '../../state/slices/cameras.js';
import { StateMark } from '../../ui/StateMark.js';
import { startCameraDrag } from './camera-drag.js';
import { cameraStreams, type StreamLine } from './camera-streams.js';
import { CameraThumb } from './CameraThumb.js';

const markOf = { live: 'ok', connecting: 'pending', idle: 'idle', reconnecting: 'warn', offline: 'bad' } as const;

interface Props {
  camera: PublicCamera;
  health: CameraStreamsHealth | undefined;
  onEdit(camera: PublicCamera): void;
  onRemove(camera: PublicCamera): void;
}

/** One camera of the console's list: its snapshot, its streams' health, its actions; dragged onto a wall tile to show it there. */
export function CameraItem({ camera: c, health, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rate = (s: StreamLine) =>
    (s.state === 'live' ? t('console.fps', { fps: formatNumber(s.fps, lang, 0) }) : t(`cameraState.${s.state}`)) + (s.fallbackToMain ? ` (${t('console.fallbackToMain')})` : '');
  const { state, lastError, hasSubStream, streams } = cameraStreams(c, health);
  const costly = streams.some((s) => s.transcoding);
  // One stream: say so, and its rate once it plays. Two: each one's rate or state.
  const detail = hasSubStream ? streams.map((s) => `${t(`console.streams.${s.variant}`)}: ${rate(s)}`) : [t('console.mainOnly'), ...(state === 'live' ? [rate(streams[0]!)] : [])];
  return (
    <li
      className="health-item health-item--draggable camera-item"
      data-camera-id={c.id}
      data-state={state}
      draggable
      title={t('console.dragCamera')}
      onDragStart={(e) => startCameraDrag(e.dataTransfer, c.id)}
    >
      <CameraThumb cameraId={c.id} name={c.name} />
      <StateMark mark={markOf[state]} />
      <span className="health-name">{c.name}</span>
      <span className="health-state">{t(`cameraState.${state}`)}</span>
      <span className="health-detail" data-sub-stream={hasSubStream}>
        {detail.join(' · ')}
        {costly ? <span className="camera-costly"> · {t('console.transcoding')}</span> : null}
      </span>
      {lastError && state !== 'live' ? <span className="health-message">{lastError}</span> : null}
      <span className="camera-actions">
        {c.source === 'config' ? (
          <span className="camera-origin">{t('console.fromConfig')}</span>
        ) : (
          <>
            <button type="button" onClick={() => onEdit(c)}>
              {t('console.editCamera')}
            </button>
            <button type="button" onClick={() => onRemove(c)}>
              {t('console.removeCamera')}
            </button>
          </>
        )}
      </span>
    </li>
  );
}
