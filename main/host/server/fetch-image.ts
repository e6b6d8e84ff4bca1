import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { HttpError } from '../../../connectors/sdk/http/http-error.js';
import { redactUrl } from '../../../connectors/sdk/http/redact-url.js';
import { sendOnce } from '../../../connectors/sdk/http/send-once.js';

export interface ImageLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Redirects followed, each to http(s) only. */
  maxRedirects: number;
}

export interface FetchedImage {
  type: string;
  body: Buffer;
}

/** Why a picture could not be had: 504 when its host did not answer in time, 502 for everything else it did wrong. */
export class ImageError extends Error {
  constructor(
    message: string,
    readonly status: 502 | 504,
  ) {
    super(message);
  }
}

/**
 * The raster types a browser shows in an <img> and nothing else: no SVG, which can carry script and would then
 * run on the host's origin if opened directly. Each is recognised by its first bytes too, so a page of HTML
 * labelled image/png is refused.
 */
const signatures: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
const httpsAgents = new Map<string, https.Agent>();

/**
 * One agent per certificate authority, which adds to the public ones: a source on a provincial network may
 * serve its photos itself, under its own CA, or link them from a public host.
 */
function agentFor(protocol: string, ca: string | undefined): http.Agent {
  if (protocol === 'http:') return httpAgent;
  const key = ca ?? '';
  let agent = httpsAgents.get(key);
  if (!agent) {
    agent = new https.Agent({ keepAlive: true, maxSockets: 4, ...(ca === undefined ? {} : { ca: [...rootCertificates, ca] }) });
    httpsAgents.set(key, agent);
  }
  return agent;
}

/**
 * GETs a picture within the limits, following a few redirects, trusting `ca` beside the public authorities;
 * throws an ImageError saying what was wrong and where.
 */
export async function fetchImage(address: string, limits: ImageLimits, ca?: string): Promise<FetchedImage> {
  let url = new URL(address);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImageError(`${redactUrl(url)} is not an http(s) address`, 502);
    let res;
    try {
      res = await sendOnce({
        method: 'GET',
        url,
        headers: { 'user-agent': 'ioc-wall-photos', accept: Object.keys(signatures).join(', ') },
        timeoutMs: limits.timeoutMs,
        maxResponseBytes: limits.maxBytes,
        agent: agentFor(url.protocol, ca),
        attempt: 1,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new ImageError(message, err instanceof HttpError && err.kind === 'timeout' ? 504 : 502);
    }
    const where = `GET ${redactUrl(url)}`;
    if (res.status >= 300 && res.status < 400 && res.headers.location !== undefined) {
      if (hop >= limits.maxRedirects) throw new ImageError(`${where} redirected more than ${limits.maxRedirects} times`, 502);
      url = new URL(res.headers.location, url);
      continue;
    }
    if (res.status !== 200) throw new ImageError(`${where} returned HTTP ${res.status}`, 502);
    const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const matches = signatures[type];
    if (!matches) throw new ImageError(`${where} sent "${type || 'no content type'}", not a PNG, JPEG, GIF or WebP picture`, 502);
    if (!matches(res.body)) throw new ImageError(`${where} sent ${res.body.length} bytes labelled ${type} that are not one`, 502);
    return { type, body: res.body };
  }
}
