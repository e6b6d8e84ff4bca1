import http from 'node:http';
import https from 'node:https';
import { HttpError, type HttpErrorKind } from './http-error.js';

export interface Exchange {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  maxResponseBytes: number;
  agent: http.Agent;
  signal?: AbortSignal;
  /** 1 for the first try; carried into the error. */
  attempt: number;
  /** See RequestOptions.readUntil. */
  readUntil?: RegExp;
}

export interface RawResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
}

/** How much of the bytes before a chunk is searched again with it, so a marker split across two chunks is found. */
const MARKER_OVERLAP = 1024;

/** Certificate failures do not heal by retrying; they need a CA or a fixed server. */
const certificateError = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_/;

const flatHeaders = (raw: http.IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(raw).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])),
  );

/**
 * One HTTP exchange. A single timer covers connecting, sending and reading the whole body, so a
 * server that trickles bytes cannot hold a poll forever; the body is counted as it arrives and the
 * socket is destroyed the moment it passes the limit.
 */
export function sendOnce(x: Exchange): Promise<RawResponse> {
  const lib = x.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      clearTimeout(timer);
      x.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (kind: HttpErrorKind, detail: string, extra: { transient: boolean; cause?: unknown; bytesRead?: number }) => {
      if (settled) return;
      finish();
      req.destroy();
      reject(new HttpError({ kind, method: x.method, url: x.url, detail, attempts: x.attempt, ...extra }));
    };
    const onAbort = () => fail('aborted', 'was aborted', { transient: false, cause: x.signal?.reason });

    const req = lib.request(x.url, { method: x.method, headers: x.headers, agent: x.agent }, (res) => {
      const tooLarge = (bytesRead: number) =>
        fail('too-large', `sent a response larger than the limit of ${x.maxResponseBytes} bytes`, { transient: false, bytesRead });
      // A declared length over the limit is refused before a single byte of the body is read, unless the
      // reading may stop at a marker well before the end.
      if (x.readUntil === undefined && Number(res.headers['content-length'] ?? 0) > x.maxResponseBytes) return tooLarge(0);
      const chunks: Buffer[] = [];
      let size = 0;
      let tail = Buffer.alloc(0);
      /** Where the first match of readUntil ends in the body so far; the bytes before the chunk are searched again with it. */
      const markerEnd = (chunk: Buffer, marker: RegExp): number | undefined => {
        const window = Buffer.concat([tail, chunk]);
        tail = window.subarray(Math.max(0, window.length - MARKER_OVERLAP));
        // latin1 maps each byte to one character, so an index in the text is an offset in the bytes.
        const match = marker.exec(window.toString('latin1'));
        return match === null ? undefined : size - window.length + match.index + match[0].length;
      };
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
        const end = x.readUntil && markerEnd(chunk, x.readUntil);
        if (end !== undefined && end <= x.maxResponseBytes) {
          finish();
          req.destroy();
          return resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: Buffer.concat(chunks, size).subarray(0, end) });
        }
        if (size > x.maxResponseBytes) return tooLarge(size);
      });
      res.on('end', () => {
        if (settled) return;
        finish();
        resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: Buffer.concat(chunks, size) });
      });
      res.on('error', (cause) => fail('network', `failed while reading the response: ${cause.message}`, { transient: true, cause }));
      res.on('close', () => {
        if (!res.complete) fail('network', 'closed the connection before the response was complete', { transient: true });
      });
    });
    req.on('error', (cause: NodeJS.ErrnoException) => {
      const code = cause.code ?? '';
      fail('network', `failed: ${cause.message}${code && !cause.message.includes(code) ? ` (${code})` : ''}`, {
        transient: !certificateError.test(code),
        cause,
      });
    });
    const timer = setTimeout(() => fail('timeout', `timed out after ${x.timeoutMs} ms`, { transient: true }), x.timeoutMs);
    if (x.signal?.aborted) return onAbort();
    x.signal?.addEventListener('abort', onAbort, { once: true });
    req.end(x.body);
  });
}
