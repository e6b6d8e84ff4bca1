import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { recordPhotoPathParts, SNAPSHOT_HEADERS, snapshotPathCamera, streamVariantSchema, TOKEN_PARAM, type StreamVariant } from '../../../common/index.js';
import type { Caller } from '../caller.js';
import type { SnapshotAnswer } from '../camera/snapshots.js';
import type { Logger } from '../log.js';
import { photoResponse } from './photo-response.js';
import type { PhotoAnswer } from './record-photos.js';
import { snapshotResponse, type HttpAnswer } from './snapshot-response.js';
import { serveStatic } from './static-files.js';

export interface HttpServerDeps {
  rendererDir?: string;
  resolveToken: (token: string) => Caller | undefined;
  onApiSocket: (ws: WebSocket, caller: Caller) => void;
  /** /streams/<cameraId>?variant=main|sub: one camera's stream on a socket of its own. */
  onStreamSocket: (ws: WebSocket, cameraId: string, variant: StreamVariant, caller: Caller) => void;
  /** /streams: every camera of a window on one socket. */
  onStreamMuxSocket: (ws: WebSocket, caller: Caller) => void;
  /** /snapshots/<cameraId>.jpg: any credential may read them; absent when there is no ffmpeg. */
  snapshot?: (cameraId: string) => Promise<SnapshotAnswer>;
  /** /records/<kind>/<id>/photo: the photo a stored record links to, fetched by the host; any credential. */
  recordPhoto?: (kind: string, id: string) => Promise<PhotoAnswer>;
  log: Logger;
  now?: () => number;
}

/** Electron windows load the renderer from this origin and open the stream sockets from it. */
const APP_ORIGIN = 'app://ioc';

/**
 * HTTP for the renderer's files, camera snapshots (/snapshots/<cameraId>.jpg) and records' photos
 * (/records/<kind>/<id>/photo), WebSockets for the API (/api) and camera streams (/streams/<cameraId>).
 * Snapshots, photos and sockets need a credential; a browser page's Origin must be ours, so another site
 * open in the same browser cannot reach the host.
 */
export function createHttpServer(deps: HttpServerDeps) {
  const { log } = deps;
  const now = deps.now ?? Date.now;
  const send = (req: IncomingMessage, res: ServerResponse, a: HttpAnswer, extra: Record<string, string> = {}) => {
    res.writeHead(a.status, { ...a.headers, ...extra });
    res.end(req.method === 'HEAD' ? undefined : a.body);
  };
  const text = (status: number, body: string): HttpAnswer => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body });

  /** The checks of every picture route; answers the refusal itself and returns false, or returns the CORS headers to send. */
  const admit = (req: IncomingMessage, res: ServerResponse, url: URL, what: string): Record<string, string> | false => {
    // Electron windows (app://ioc) fetch snapshots across origins and read the time they were taken.
    const cors: Record<string, string> =
      req.headers.origin === APP_ORIGIN
        ? { 'access-control-allow-origin': APP_ORIGIN, 'access-control-expose-headers': Object.values(SNAPSHOT_HEADERS).join(', '), vary: 'Origin' }
        : {};
    if (!originAllowed(req)) {
      send(req, res, text(403, `this page may not read ${what} from this host`));
      return false;
    }
    if (!deps.resolveToken(url.searchParams.get(TOKEN_PARAM) ?? '')) {
      send(req, res, text(401, `a credential is required: add ?${TOKEN_PARAM}= as in the console's or a display's URL`), cors);
      return false;
    }
    return cors;
  };
  const decoded = (value: string): string | undefined => {
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  };

  const serveSnapshot = (req: IncomingMessage, res: ServerResponse, url: URL, encodedId: string) => {
    const cors = admit(req, res, url, 'snapshots');
    if (!cors) return;
    const cameraId = decoded(encodedId);
    if (cameraId === undefined) return send(req, res, text(400, 'the camera id in the path is not valid percent-encoding'), cors);
    if (!deps.snapshot) return send(req, res, text(503, 'camera snapshots disabled: no usable ffmpeg'), cors);
    deps.snapshot(cameraId).then(
      (answer) => send(req, res, snapshotResponse(cameraId, answer, now()), cors),
      (err: unknown) => {
        log.error('snapshot failed', { camera: cameraId, error: String(err) });
        send(req, res, text(500, 'the snapshot failed; see the host log'), cors);
      },
    );
  };

  const servePhoto = (req: IncomingMessage, res: ServerResponse, url: URL, encoded: { kind: string; id: string }) => {
    const cors = admit(req, res, url, 'photos');
    if (!cors) return;
    const kind = decoded(encoded.kind);
    const id = decoded(encoded.id);
    if (kind === undefined || id === undefined) return send(req, res, text(400, 'the record kind or id in the path is not valid percent-encoding'), cors);
    if (!deps.recordPhoto) return send(req, res, text(404, 'this host serves no photos'), cors);
    deps.recordPhoto(kind, id).then(
      (answer) => send(req, res, photoResponse(answer), cors),
      (err: unknown) => {
        log.error('record photo failed', { kind, id, error: String(err) });
        send(req, res, text(500, 'the photo failed; see the host log'), cors);
      },
    );
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const snapshotCamera = snapshotPathCamera(url.pathname);
    if (snapshotCamera !== undefined) return serveSnapshot(req, res, url, snapshotCamera);
    const photo = recordPhotoPathParts(url.pathname);
    if (photo !== undefined) return servePhoto(req, res, url, photo);
    if (!deps.rendererDir) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The renderer is not built: run "npm run build".');
      return;
    }
    serveStatic(deps.rendererDir, req, res, url.pathname).catch((err) => {
      log.error('static file failed', { error: String(err) });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  const originAllowed = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (origin === APP_ORIGIN) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reject = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!originAllowed(req)) return reject(403, 'Forbidden');
    const caller = deps.resolveToken(url.searchParams.get(TOKEN_PARAM) ?? '');
    if (!caller) return reject(401, 'Unauthorized');
    const stream = /^\/streams\/([^/]+)$/.exec(url.pathname);
    const mux = url.pathname === '/streams';
    if (url.pathname !== '/api' && !stream && !mux) return reject(404, 'Not Found');
    const variant = streamVariantSchema.safeParse(url.searchParams.get('variant') ?? 'main');
    if (!variant.success) return reject(400, 'Bad Request');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (stream) deps.onStreamSocket(ws, decodeURIComponent(stream[1]!), variant.data, caller);
      else if (mux) deps.onStreamMuxSocket(ws, caller);
      else deps.onApiSocket(ws, caller);
    });
  });

  return {
    listen(port: number, host: string): Promise<string> {
      return new Promise((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(port, host, () => {
          server.off('error', rejectListen);
          const addr = server.address() as AddressInfo;
          const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
          resolveListen(`http://${shownHost}:${addr.port}`);
        });
      });
    },
    close(): Promise<void> {
      for (const ws of wss.clients) ws.terminate();
      return new Promise((r) => {
        wss.close();
        server.closeAllConnections();
        server.close(() => r());
      });
    },
  };
}
