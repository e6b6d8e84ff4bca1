import { hasOwnSubStream, type CameraHealth, type CameraState, type PublicCamera, type StreamVariant } from '../../../common/index.js';
import type { CameraStreamsHealth } from '../../state/slices/cameras.js';

export interface StreamLine {
  variant: StreamVariant;
  state: CameraState;
  fps: number;
  transcoding: boolean;
  /** A sub stream down while its viewers watch the main stream. */
  fallbackToMain: boolean;
}

export interface CameraStreamsSummary {
  /** The stream in the most trouble among those running; idle when none runs. */
  state: CameraState;
  lastError?: string;
  hasSubStream: boolean;
  streams: StreamLine[];
}

/** Trouble first: a camera whose main stream fails while its sub stream plays needs a look. */
const SEVERITY: Record<CameraState, number> = { idle: 0, live: 1, connecting: 2, reconnecting: 3, offline: 4 };

/**
 * What the console says of a camera's streams: one line per stream it has, and one state for the
 * camera, the worst of its running streams. Health of a sub stream the camera no longer has is left out.
 */
export function cameraStreams(camera: Pick<PublicCamera, 'url' | 'subUrl'>, health: CameraStreamsHealth | undefined): CameraStreamsSummary {
  const hasSubStream = hasOwnSubStream(camera);
  const variants: StreamVariant[] = hasSubStream ? ['main', 'sub'] : ['main'];
  const found = variants.map((variant) => ({ variant, h: health?.[variant] }));
  const worst = found
    .flatMap(({ h }): CameraHealth[] => (h ? [h] : []))
    .reduce<CameraHealth | undefined>((w, h) => (w === undefined || SEVERITY[h.state] > SEVERITY[w.state] ? h : w), undefined);
  return {
    state: worst?.state ?? 'idle',
    ...(worst?.lastError !== undefined ? { lastError: worst.lastError } : {}),
    hasSubStream,
    streams: found.map(({ variant, h }) => ({
      variant,
      state: h?.state ?? 'idle',
      fps: h?.fps ?? 0,
      transcoding: h?.transcoding ?? false,
      fallbackToMain: h?.fallbackToMain ?? false,
    })),
  };
}
