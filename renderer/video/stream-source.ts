import { streamVariantSchema } from '../../common/index.js';
import { streamMuxFor, type Channel, type ChannelHandlers } from './stream-mux.js';

export interface StreamSource {
  open(handlers: ChannelHandlers): Channel;
}

/**
 * A camera's stream from its URL (`ws://host/streams/<cameraId>?variant=sub&token=...`, as the tiles
 * build it), carried as a channel of the page's one shared stream socket for that host and token.
 */
export function streamSource(url: string): StreamSource {
  const u = new URL(url);
  const m = /^\/streams\/([^/]+)$/.exec(u.pathname);
  const token = u.searchParams.get('token');
  if (!m || token === null) throw new Error(`not a camera stream URL: ${u.origin}${u.pathname}`);
  const cameraId = decodeURIComponent(m[1]!);
  const variant = streamVariantSchema.parse(u.searchParams.get('variant') ?? 'main');
  const mux = streamMuxFor(`${u.protocol}//${u.host}`, token);
  return { open: (handlers) => mux.open(cameraId, variant, handlers) };
}
