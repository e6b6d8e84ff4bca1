import { useCallback, useEffect, useRef, useState } from 'react';
import type { StreamVariant } from '../../../common/index.js';
import type { PlayerStatus } from '../../video/mse-player.js';
import { useVariantPlayers } from './use-variant-players.js';
import { VariantVideo } from './VariantVideo.js';

interface Props {
  cameraId: string;
  fit: 'contain' | 'cover';
  /** Classes of the box holding the videos, e.g. a tour's stacking of its players. */
  className?: string;
  /** Data attributes of every video element, e.g. the camera a tour player shows. */
  videoData?: Record<`data-${string}`, string>;
  /** The state of the stream on screen. */
  onStatus: (status: PlayerStatus) => void;
}

const LOADING: PlayerStatus = { state: 'loading' };

/**
 * A camera picture that plays the sub stream while it is small and the main stream while it is
 * large (see common/camera/variant-choice.ts). A resize across the threshold starts the other stream
 * underneath and swaps when it has painted its first frame, then stops the first.
 */
export function CameraVideo({ cameraId, fit, className, videoData, onStatus }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { players, onFirstFrame } = useVariantPlayers(boxRef, fit);
  const [statuses, setStatuses] = useState<Partial<Record<StreamVariant, PlayerStatus>>>({});

  const onVariantStatus = useCallback(
    (variant: StreamVariant, status: PlayerStatus) => {
      setStatuses((s) => (s[variant] === status ? s : { ...s, [variant]: status }));
      if (status.lastFrameAt !== undefined) onFirstFrame(variant);
    },
    [onFirstFrame],
  );
  const shown = players ? (statuses[players.shown] ?? LOADING) : LOADING;
  useEffect(() => onStatus(shown), [shown, onStatus]);

  return (
    <div ref={boxRef} className={`camera-video-box ${className ?? ''}`}>
      {players
        ? [players.shown, players.incoming].flatMap((variant) =>
            variant === undefined
              ? []
              : [<VariantVideo key={variant} cameraId={cameraId} variant={variant} fit={fit} incoming={variant === players.incoming} {...(videoData ? { data: videoData } : {})} onStatus={onVariantStatus} />],
          )
        : null}
    </div>
  );
}
