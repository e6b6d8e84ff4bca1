import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from './http-client.js';
import { HttpError } from './http-error.js';
import { sendJson, startTestServer, type TestServer } from './test-server.js';

describe('HTTP client (real server on 127.0.0.1)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('resolves paths under the base path, encodes the query and sends headers and Basic auth', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { ok: true }));
    const base = server.url.replace('http://', 'http://ioc:m%E1%BA%ADt@') + 'georeport/v2';
    const client = createHttpClient({ baseUrl: base, headers: { 'X-Province': '46' } });
    await client.getJson('/requests.json', z.unknown(), { service_code: 'đèn đường', status: ['open', 'closed'], page: 2, skip: undefined });
    const seen = server.requests[0]!;
    expect(seen.url).toBe('/georeport/v2/requests.json?service_code=%C4%91%C3%A8n+%C4%91%C6%B0%E1%BB%9Dng&status=open&status=closed&page=2');
    expect(seen.headers['x-province']).toBe('46');
    expect(seen.headers.accept).toBe('application/json');
    expect(Buffer.from(seen.headers.authorization!.replace('Basic ', ''), 'base64').toString()).toBe('ioc:mật');
  });

  it('posts JSON and returns the parsed answer', async () => {
    server = await startTestServer((_req, res, seen) => sendJson(res, 200, { session: 'abc', error_code: 0, echo: JSON.parse(seen.body) }));
    const client = createHttpClient({ baseUrl: server.url });
    const out = await client.postJson('auth', { username: 'ioc' }, z.object({ session: z.string(), echo: z.object({ username: z.string() }) }));
    expect(out).toEqual({ session: 'abc', echo: { username: 'ioc' } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' } });
  });

  it('returns status, headers and text from request', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(201, { 'x-request-id': 'r1', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Đã tiếp nhận');
    });
    const res = await createHttpClient({ baseUrl: server.url }).request('put', 'reports/1', { body: 'raw text' });
    expect(res).toMatchObject({ status: 201, text: 'Đã tiếp nhận', headers: { 'x-request-id': 'r1' } });
    expect(server.requests[0]).toMatchObject({ method: 'PUT', body: 'raw text' });
  });

  it('never shows credentials or secret parameters in an error', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 401, { error: 'denied' }));
    const base = server.url.replace('http://', 'http://admin:S3cretPass@');
    const client = createHttpClient({ baseUrl: base });
    const err = (await client.getJson('requests.json', z.unknown(), { api_key: 'K3Y-123', token: 'T0K', page: 2 }).catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBe(401);
    for (const text of [err.url, err.message, String(err.stack)]) {
      expect(text).not.toMatch(/S3cretPass|admin|K3Y-123|T0K/);
    }
    expect(err.url).toBe(`${server.url}requests.json?api_key=***&token=***&page=2`);
    expect(server.requests[0]!.url).toContain('api_key=K3Y-123');
  });

  it('refuses an absolute URL as a path, so requests cannot leave the base', async () => {
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9/' });
    await expect(client.request('GET', 'http://elsewhere.example/x')).rejects.toThrow(/absolute URL is refused/);
    await expect(client.request('GET', '//elsewhere.example/x')).rejects.toThrow(/absolute URL is refused/);
  });

  it('refuses options it cannot honour', () => {
    expect(() => createHttpClient({ baseUrl: 'ftp://portal.example/' })).toThrow(/http\(s\)/);
    expect(() => createHttpClient({ baseUrl: 'http://x/', timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => createHttpClient({ baseUrl: 'http://x/', retries: -1 })).toThrow(/retries/);
  });

  it('spaces requests by the rate limit without dropping any', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { ok: true }));
    const client = createHttpClient({ baseUrl: server.url, rateLimit: { requests: 1, perMs: 100 } });
    const results = await Promise.all([1, 2, 3, 4].map((page) => client.getJson('p', z.object({ ok: z.boolean() }), { page })));
    expect(results).toHaveLength(4);
    const arrivals = server.requests.map((r) => r.at);
    expect(server.requests.map((r) => r.url)).toEqual(['/p?page=1', '/p?page=2', '/p?page=3', '/p?page=4']);
    for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(90);
  });

  describe('paginate', () => {
    const pageSchema = z.object({ items: z.array(z.string()), next: z.number().nullable() });
    const serve = async () => {
      server = await startTestServer((req, res) => {
        const page = Number(new URL(req.url!, 'http://x').searchParams.get('page') ?? 1);
        sendJson(res, 200, { items: [`r${page}a`, `r${page}b`], next: page < 3 ? page + 1 : null });
      });
      return createHttpClient({ baseUrl: server.url });
    };

    it('walks the pages the caller points to until it says stop', async () => {
      const client = await serve();
      const items: string[] = [];
      const indexes: number[] = [];
      const pages = client.paginate('requests.json', pageSchema, {
        query: { status: 'open' },
        next: (page, index) => {
          indexes.push(index);
          return page.next === null ? undefined : { status: 'open', page: page.next };
        },
      });
      for await (const page of pages) items.push(...page.items);
      expect(items).toEqual(['r1a', 'r1b', 'r2a', 'r2b', 'r3a', 'r3b']);
      expect(indexes).toEqual([0, 1, 2]);
      expect(server!.requests.map((r) => r.url)).toEqual(['/requests.json?status=open', '/requests.json?status=open&page=2', '/requests.json?status=open&page=3']);
    });

    it('asks for a page only when the caller wants it', async () => {
      const client = await serve();
      for await (const page of client.paginate('x', pageSchema, { next: (p) => (p.next === null ? undefined : { page: p.next }) })) {
        expect(page.items).toEqual(['r1a', 'r1b']);
        break;
      }
      expect(server!.requests).toHaveLength(1);
    });

    it('stops a source that never ends after maxPages', async () => {
      const client = await serve();
      const pages = client.paginate('x', pageSchema, { next: () => ({ page: 1 }), maxPages: 5 });
      const seen: unknown[] = [];
      await expect(
        (async () => {
          for await (const page of pages) seen.push(page);
        })(),
      ).rejects.toThrow(/stopped after 5 pages/);
      expect(seen).toHaveLength(5);
    });
  });
});
