import { useEffect } from 'react';
import type { PlayerState } from '../../video/mse-player.js';
import { tileStateOfPlayer } from '../camera/camera-state.js';
import { CameraLabel } from './CameraLabel.js';
import { useCameraPlayer } from '../camera/use-camera-player.js';

interface Props {
  cellKey: string;
  cameraId: string;
  showName: boolean;
  fit: 'contain' | 'cover';
  onState: (cellKey: string, state: PlayerState) => void;
}

/** One camera of a grid, with its own player and label; tells the grid its state so the tile can sum them up. */
export function CameraCell({ cellKey, cameraId, showName, fit, onState }: Props) {
  const { videoRef, status, hasToken } = useCameraPlayer(cameraId);
  useEffect(() => onState(cellKey, status.state), [cellKey, status.state, onState]);
  const state = tileStateOfPlayer(status.state);

  return (
    <div className={`camera-grid-cell camera-grid-cell--${state}`} data-camera-id={cameraId} data-state={state}>
      <video ref={videoRef} className={`camera-video camera-video--${fit}`} muted autoPlay playsInline />
      <CameraLabel cameraId={cameraId} status={status} hasToken={hasToken} showName={showName} />
    </div>
  );
}
