import type { StreamVariant } from '../../../common/index.js';

/** The stream WebSocket of a camera's main or sub stream: the host's stream server when the session names one, else the page's own origin. */
export function streamUrl(
  cameraId: string,
  variant: StreamVariant,
  session: { streamToken: string; streamOrigin?: string | undefined },
  loc: Pick<Location, 'protocol' | 'host'>,
): string {
  const origin = session.streamOrigin ?? `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}`;
  return `${origin}/streams/${encodeURIComponent(cameraId)}?variant=${variant}&token=${encodeURIComponent(session.streamToken)}`;
}
