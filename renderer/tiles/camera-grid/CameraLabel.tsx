import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgo } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import type { PlayerStatus } from '../../video/mse-player.js';

/** Frames older than this get their age shown even while the player says live: a frozen picture must not look live. */
const SHOW_AGE_AFTER_MS = 3000;

interface Props {
  cameraId: string;
  status: PlayerStatus;
  hasToken: boolean;
  showName: boolean;
  /** Extra marks at the end of the line, e.g. a tour's "2/5". */
  children?: ReactNode;
}

/** The line over a camera picture: name, player state and, once it matters, the age of the last frame. */
export function CameraLabel({ cameraId, status, hasToken, showName, children }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = useApp((s) => s.cameras[cameraId]?.name);
  const offset = useApp((s) => s.clockOffsetMs);
  const now = useNow();
  // The player stamps frames on this machine's clock; now is on the host's.
  const age = status.lastFrameAt !== undefined ? now - offset - status.lastFrameAt : undefined;
  const showAge = age !== undefined && (status.state !== 'live' || age > SHOW_AGE_AFTER_MS);

  return (
    <div className="camera-overlay">
      {showName ? <span className="camera-name">{name ?? cameraId}</span> : null}
      <span className={`camera-badge camera-badge--${status.state}`}>
        <span className="camera-dot" aria-hidden="true" />
        {hasToken ? t(`camera.${status.state}`) : t('camera.noToken')}
      </span>
      {showAge ? <span className="camera-age">{t('camera.lastFrame', { ago: formatAgo(age, lang) })}</span> : null}
      {children}
    </div>
  );
}
