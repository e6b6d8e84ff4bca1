import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from './http-client.js';
import { HttpError } from './http-error.js';
import { sendJson, startTestServer, type TestServer } from './test-server.js';

const MB = 1024 * 1024;

const caught = async (promise: Promise<unknown>): Promise<HttpError> => {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(err)}`);
  return err;
};

/** Writes `total` bytes in 64 KB chunks, respecting backpressure; resolves with what it wrote when the socket closes. */
const stream = (res: ServerResponse, total: number) =>
  new Promise<{ written: number; finished: boolean }>((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    res.on('close', () => resolve({ written, finished: res.writableFinished }));
    const pump = () => {
      while (written < total && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    pump();
  });

describe('HTTP client limits and parsing (real server on 127.0.0.1)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('cuts off a 50 MB response as soon as it passes the limit, without buffering it', async () => {
    let served: Promise<{ written: number; finished: boolean }> | undefined;
    server = await startTestServer((_req, res) => {
      served = stream(res, 50 * MB);
    });
    const client = createHttpClient({ baseUrl: server.url, maxResponseBytes: 1 * MB, sleep: async () => {} });
    const err = await caught(client.request('GET', 'export.json'));
    expect(err).toMatchObject({ kind: 'too-large', attempts: 1, transient: false });
    expect(err.message).toBe(`GET ${server.url}export.json sent a response larger than the limit of ${MB} bytes`);
    // The client kept at most the limit plus the chunk that crossed it.
    expect(err.bytesRead).toBeGreaterThan(1 * MB);
    expect(err.bytesRead).toBeLessThanOrEqual(1 * MB + 256 * 1024);
    const { written, finished } = await served!;
    expect(finished).toBe(false);
    // Socket buffers on the way take a few MB; the rest of the 50 MB was never produced.
    expect(written).toBeLessThan(20 * MB);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-length': String(20 * MB) });
      res.write(Buffer.alloc(1024));
    });
    const client = createHttpClient({ baseUrl: server.url, maxResponseBytes: MB });
    const err = await caught(client.request('GET', 'big'));
    expect(err).toMatchObject({ kind: 'too-large', bytesRead: 0 });
  });

  it('accepts a response of exactly the limit', async () => {
    server = await startTestServer((_req, res) => void stream(res, 2 * 64 * 1024));
    const client = createHttpClient({ baseUrl: server.url, maxResponseBytes: 2 * 64 * 1024 });
    expect((await client.request('GET', 'exact')).text).toHaveLength(2 * 64 * 1024);
  });

  it('names the URL and the position of JSON that does not parse', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, '{"items": [1, 2,, 3]}'));
    const client = createHttpClient({ baseUrl: server.url });
    const err = await caught(client.getJson('requests.json', z.unknown(), { page: 1 }));
    expect(err).toMatchObject({ kind: 'parse', attempts: 1 });
    expect(err.message).toBe(`GET ${server.url}requests.json?page=1 returned JSON that does not parse at position 16 (line 1, column 17), near "{\\"items\\": [1, 2,, 3]}"`);
  });

  it('points at the start of an HTML error page served as 200', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Hệ thống đang bảo trì</body></html>');
    });
    const err = await caught(createHttpClient({ baseUrl: server.url }).getJson('x', z.unknown()));
    expect(err.message).toContain('does not parse at position 0 (line 1, column 1), near "<html><body>Hệ thống"');
  });

  it('lists every path that does not match the schema', async () => {
    server = await startTestServer((_req, res) =>
      sendJson(res, 200, { total: '2', items: [{ id: 'a', status: 'open' }, { id: 7, status: 'lost' }] }),
    );
    const schema = z.object({ total: z.number(), items: z.array(z.object({ id: z.string(), status: z.enum(['open', 'closed']) })) });
    const err = await caught(createHttpClient({ baseUrl: server.url }).getJson('requests.json', schema));
    expect(err).toMatchObject({ kind: 'schema', attempts: 1, transient: false });
    const [head, ...issues] = err.message.split('\n');
    expect(head).toBe(`GET ${server.url}requests.json returned JSON that does not match the expected shape:`);
    expect(issues.map((l) => l.split(':')[0])).toEqual(['total', 'items[1].id', 'items[1].status']);
  });

  it('reads a UTF-8 body with a byte order mark', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name":"Phường Thuận Hóa"}')]));
    });
    const data = await createHttpClient({ baseUrl: server.url }).getJson('x', z.object({ name: z.string() }));
    expect(data.name).toBe('Phường Thuận Hóa');
  });
});
