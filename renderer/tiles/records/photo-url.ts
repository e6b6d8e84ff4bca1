import { recordPhotoPath, TOKEN_PARAM } from '../../../common/index.js';

/**
 * A record's photo on the host, which fetches it from its source: the page's own origin in server mode, the
 * host's loopback HTTP origin (the stream origin's http twin) in Electron windows, with the window's credential.
 */
export function recordPhotoUrl(kind: string, id: string, session: { streamToken: string; streamOrigin?: string | undefined }, loc: Pick<Location, 'origin'>): string {
  const origin = session.streamOrigin ? session.streamOrigin.replace(/^ws/, 'http') : loc.origin;
  return `${origin}${recordPhotoPath(kind, id)}?${TOKEN_PARAM}=${encodeURIComponent(session.streamToken)}`;
}
