import { snapshotPath, TOKEN_PARAM } from '../../../common/index.js';

/**
 * A camera's snapshot on the host: the page's own origin in server mode, the host's loopback HTTP
 * origin (the stream origin's http twin) in Electron windows, with the window's credential.
 */
export function snapshotUrl(cameraId: string, session: { streamToken: string; streamOrigin?: string | undefined }, loc: Pick<Location, 'origin'>): string {
  const origin = session.streamOrigin ? session.streamOrigin.replace(/^ws/, 'http') : loc.origin;
  return `${origin}${snapshotPath(cameraId)}?${TOKEN_PARAM}=${encodeURIComponent(session.streamToken)}`;
}
