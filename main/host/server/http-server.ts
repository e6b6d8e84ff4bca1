import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { streamVariantSchema, TOKEN_PARAM, type StreamVariant } from '../../../common/index.js';
import type { Caller } from '../caller.js';
import type { Logger } from '../log.js';
import { serveStatic } from './static-files.js';

export interface HttpServerDeps {
  rendererDir?: string;
  resolveToken: (token: string) => Caller | undefined;
  onApiSocket: (ws: WebSocket, caller: Caller) => void;
  /** /streams/<cameraId>?variant=main|sub: one camera's stream on a socket of its own. */
  onStreamSocket: (ws: WebSocket, cameraId: string, variant: StreamVariant, caller: Caller) => void;
  /** /streams: every camera of a window on one socket. */
  onStreamMuxSocket: (ws: WebSocket, caller: Caller) => void;
  log: Logger;
}

/** Electron windows load the renderer from this origin and open the stream sockets from it. */
const APP_ORIGIN = 'app://ioc';

/**
 * HTTP for the renderer's files, WebSockets for the API (/api) and camera streams
 * (/streams/<cameraId>). Both sockets need a credential; a browser page's Origin must be ours,
 * so another site open in the same browser cannot reach the host.
 */
export function createHttpServer(deps: HttpServerDeps) {
  const { log } = deps;
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
