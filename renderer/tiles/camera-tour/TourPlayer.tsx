import { useEffect, useState } from 'react';
import { useApp } from '../../state/AppContext.js';
import type { PlayerState, PlayerStatus } from '../../video/mse-player.js';
import { CameraLabel } from '../camera-grid/CameraLabel.js';
import { CameraVideo } from '../camera/CameraVideo.js';

interface Props {
  cameraId: string;
  /** The next camera plays hidden behind the shown one until its turn. */
  shown: boolean;
  showName: boolean;
  fit: 'contain' | 'cover';
  /** "2/5", next to the name. */
  counter: string;
  onShownState: (state: PlayerState) => void;
}

export function TourPlayer({ cameraId, shown, showName, fit, counter, onShownState }: Props) {
  const hasToken = useApp((s) => s.session?.streamToken !== undefined);
  const [status, setStatus] = useState<PlayerStatus>({ state: 'loading' });
  useEffect(() => {
    if (shown) onShownState(status.state);
  }, [shown, status.state, onShownState]);

  return (
    <>
      <CameraVideo
        cameraId={cameraId}
        fit={fit}
        className={`camera-tour-video${shown ? ' camera-tour-video--shown' : ''}`}
        videoData={{ 'data-camera-id': cameraId, 'data-shown': String(shown) }}
        onStatus={setStatus}
      />
      {shown ? (
        <CameraLabel cameraId={cameraId} status={status} hasToken={hasToken} showName={showName}>
          <span className="camera-tour-count">{counter}</span>
        </CameraLabel>
      ) : null}
    </>
  );
}
