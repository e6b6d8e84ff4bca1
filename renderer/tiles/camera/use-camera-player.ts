import { useEffect, useRef, useState } from 'react';
import type { StreamVariant } from '../../../common/index.js';
import { useApp } from '../../state/AppContext.js';
import { createMsePlayer, type PlayerStatus } from '../../video/mse-player.js';
import { streamUrl } from './stream-url.js';

/** Plays one stream of a camera into the returned video element for as long as the component shows it. */
export function useCameraPlayer(cameraId: string, variant: StreamVariant) {
  const streamToken = useApp((s) => s.session?.streamToken);
  const streamOrigin = useApp((s) => s.session?.streamOrigin);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<PlayerStatus>({ state: 'loading' });

  const url = streamToken ? streamUrl(cameraId, variant, { streamToken, streamOrigin }, location) : undefined;

  useEffect(() => {
    if (!url) return;
    setStatus({ state: 'loading' });
    const player = createMsePlayer(videoRef.current!, { url, onStatus: setStatus });
    return () => player.destroy();
  }, [url]);

  return { videoRef, status };
}
