import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';

/**
 * The renderer is served from app://ioc/..., not file:// (Electron security checklist): a standard,
 * secure scheme gives the pages a real origin for CSP 'self' and a secure context (WebCodecs, MSE).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ioc';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** For `protocol.registerSchemesAsPrivileged`, which must run before the app is ready. */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * CSP for every page: scripts only from the app itself; the host's loopback HTTP/WebSocket origin
 * (camera streams) is the only other place the page may connect to. Styles allow inline because the
 * grid and chart libraries inject <style> elements.
 */
export function contentSecurityPolicy(hostOrigin?: string): string {
  const extra: string[] = [];
  if (hostOrigin) {
    const u = new URL(hostOrigin);
    extra.push(u.origin, `${u.protocol === 'https:' ? 'wss:' : 'ws:'}//${u.host}`);
  }
  const hostSrc = extra.length > 0 ? ` ${extra.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${hostSrc}`,
    "font-src 'self' data:",
    `media-src 'self' blob:${hostSrc}`,
    `connect-src 'self'${hostSrc}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export function mimeTypeOf(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file under rootDir, or undefined when the URL is not ours or would
 * leave rootDir ("..", encoded "%2e%2e" or "%2f", absolute paths, NUL bytes).
 */
export function resolveAppFile(rootDir: string, url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
  if (rel.includes('\0') || rel.includes('\\')) return undefined;
  if (rel === '' || rel === '/') rel = '/index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, '.' + rel);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  if (resolved === root) return undefined;
  return resolved;
}

export interface AppProtocolOptions {
  /** dist/renderer */
  rootDir: string;
  csp: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}

/** The handler for `protocol.handle('app', ...)`: static files of the built renderer, read-only. */
export function createAppProtocolHandler(opts: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = opts.readFile ?? ((file: string) => fsReadFile(file));
  const headers = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': opts.csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
    }
    const file = resolveAppFile(opts.rootDir, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(mimeTypeOf(file)) });
  };
}
