import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from './http-client.js';
import { HttpError } from './http-error.js';
import { startTestServer, type TestServer } from './test-server.js';

const MB = 1024 * 1024;
const END = /<\/(?:\w+:)?Envelope\s*>/;

/** Writes `head`, then `total` bytes of filler in 64 KB chunks; resolves with the filler written when the socket closes. */
const serve = (res: ServerResponse, head: string, total: number, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let written = 0;
    res.on('close', () => resolve(written));
    res.writeHead(200, { 'content-type': 'application/xml', ...headers });
    res.write(head);
    const pump = () => {
      while (written < total && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    setImmediate(pump);
  });

describe('HTTP client readUntil (real server on 127.0.0.1)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('stops at the marker of a 30 MB body under the default 10 MB limit, and the rest is never sent', async () => {
    let served: Promise<number> | undefined;
    const head = '<p:Root><p:Envelope><p:Subject>Về việc</p:Subject></p:Envelope>';
    server = await startTestServer((_req, res) => void (served = serve(res, head, 30 * MB)));
    const client = createHttpClient({ baseUrl: server.url });
    const res = await client.request('GET', 'package', { readUntil: END });
    expect(res.text).toBe('<p:Root><p:Envelope><p:Subject>Về việc</p:Subject></p:Envelope>');
    expect(await served!).toBeLessThan(10 * MB);
  });

  it('finds a marker split across two chunks', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200);
      res.write('<Envelope>x</Enve');
      setTimeout(() => res.end('lope><tail/>'), 50);
    });
    const client = createHttpClient({ baseUrl: server.url });
    expect((await client.request('GET', 'split', { readUntil: END })).text).toBe('<Envelope>x</Envelope>');
  });

  it('reads a declared Content-Length over the limit up to the marker', async () => {
    server = await startTestServer((_req, res) => void serve(res, '<Envelope/></Envelope>', 2 * MB, { 'content-length': String(3 * MB) }));
    const client = createHttpClient({ baseUrl: server.url, maxResponseBytes: MB });
    expect((await client.request('GET', 'declared', { readUntil: END })).text).toBe('<Envelope/></Envelope>');
  });

  it('is too large when the marker does not come within the limit', async () => {
    server = await startTestServer((_req, res) => void serve(res, '<Envelope>', 3 * MB));
    const client = createHttpClient({ baseUrl: server.url, maxResponseBytes: MB });
    const err = await client.request('GET', 'endless', { readUntil: END }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ kind: 'too-large', message: `GET ${server.url}endless sent a response larger than the limit of ${MB} bytes` });
  });

  it('returns the whole body when it ends before any marker', async () => {
    server = await startTestServer((_req, res) => void serve(res, '<Other/>', 64 * 1024));
    const client = createHttpClient({ baseUrl: server.url });
    expect((await client.request('GET', 'whole', { readUntil: END })).text).toHaveLength('<Other/>'.length + 64 * 1024);
  });
});
