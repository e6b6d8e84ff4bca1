/** The stream WebSocket of a camera: the host's stream server when the session names one, else the page's own origin. */
export function streamUrl(
  cameraId: string,
  session: { streamToken: string; streamOrigin?: string | undefined },
  loc: Pick<Location, 'protocol' | 'host'>,
): string {
  const origin = session.streamOrigin ?? `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}`;
  return `${origin}/streams/${encodeURIComponent(cameraId)}?token=${encodeURIComponent(session.streamToken)}`;
}
