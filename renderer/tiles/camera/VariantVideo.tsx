import { useEffect } from 'react';
import type { StreamVariant } from '../../../common/index.js';
import type { PlayerStatus } from '../../video/mse-player.js';
import { useCameraPlayer } from './use-camera-player.js';

interface Props {
  cameraId: string;
  variant: StreamVariant;
  fit: 'contain' | 'cover';
  /** Loading underneath the shown stream until its first frame. */
  incoming: boolean;
  data?: Record<`data-${string}`, string>;
  onStatus: (variant: StreamVariant, status: PlayerStatus) => void;
}

/** One stream of a camera in its own video element. */
export function VariantVideo({ cameraId, variant, fit, incoming, data, onStatus }: Props) {
  const { videoRef, status } = useCameraPlayer(cameraId, variant);
  useEffect(() => onStatus(variant, status), [variant, status, onStatus]);
  return (
    <video
      {...data}
      ref={videoRef}
      className={`camera-video camera-video--${fit}${incoming ? ' camera-video--incoming' : ''}`}
      data-stream-variant={variant}
      {...(incoming ? { 'data-incoming': 'true' } : {})}
      muted
      autoPlay
      playsInline
    />
  );
}
