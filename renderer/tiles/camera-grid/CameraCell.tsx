import { useEffect, useState } from 'react';
import { useApp } from '../../state/AppContext.js';
import type { PlayerState, PlayerStatus } from '../../video/mse-player.js';
import { tileStateOfPlayer } from '../camera/camera-state.js';
import { CameraVideo } from '../camera/CameraVideo.js';
import { CameraLabel } from './CameraLabel.js';

interface Props {
  cellKey: string;
  cameraId: string;
  showName: boolean;
  fit: 'contain' | 'cover';
  onState: (cellKey: string, state: PlayerState) => void;
}

/** One camera of a grid, with its own player and label; tells the grid its state so the tile can sum them up. */
export function CameraCell({ cellKey, cameraId, showName, fit, onState }: Props) {
  const hasToken = useApp((s) => s.session?.streamToken !== undefined);
  const [status, setStatus] = useState<PlayerStatus>({ state: 'loading' });
  useEffect(() => onState(cellKey, status.state), [cellKey, status.state, onState]);
  const state = tileStateOfPlayer(status.state);

  return (
    <div className={`camera-grid-cell camera-grid-cell--${state}`} data-camera-id={cameraId} data-state={state}>
      <CameraVideo cameraId={cameraId} fit={fit} onStatus={setStatus} />
      <CameraLabel cameraId={cameraId} status={status} hasToken={hasToken} showName={showName} />
    </div>
  );
}
