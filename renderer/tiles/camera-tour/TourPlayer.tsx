import { useEffect } from 'react';
import type { PlayerState } from '../../video/mse-player.js';
import { CameraLabel } from '../camera-grid/CameraLabel.js';
import { useCameraPlayer } from '../camera/use-camera-player.js';

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
  const { videoRef, status, hasToken } = useCameraPlayer(cameraId);
  useEffect(() => {
    if (shown) onShownState(status.state);
  }, [shown, status.state, onShownState]);

  return (
    <>
      <video
        ref={videoRef}
        className={`camera-video camera-video--${fit} camera-tour-video${shown ? ' camera-tour-video--shown' : ''}`}
        data-camera-id={cameraId}
        data-shown={shown}
        muted
        autoPlay
        playsInline
      />
      {shown ? (
        <CameraLabel cameraId={cameraId} status={status} hasToken={hasToken} showName={showName}>
          <span className="camera-tour-count">{counter}</span>
        </CameraLabel>
      ) : null}
    </>
  );
}
