import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from './http-client.js';
import { HttpError } from './http-error.js';
import { sendJson, startTestServer, type TestServer } from './test-server.js';

const okSchema = z.object({ ok: z.boolean() });

/** Records every pause instead of waiting it out. */
const recordingSleep = () => {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
};

const caught = async (promise: Promise<unknown>): Promise<HttpError> => {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(err)}`);
  return err;
};

describe('HTTP client retries (real server on 127.0.0.1)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** Answers each request with the next status of the script, then 200 {ok:true}. */
  const scripted = async (statuses: number[], headers: Record<string, string> = {}) => {
    server = await startTestServer((_req, res, seen) => {
      const status = statuses[server!.requests.indexOf(seen)] ?? 200;
      sendJson(res, status, status === 200 ? { ok: true } : { error: `upstream ${status}` }, status === 200 ? {} : headers);
    });
    return server;
  };

  it('retries after a timeout and succeeds', async () => {
    server = await startTestServer((_req, res) => {
      // The first request is answered only after the client gave up on it.
      if (server!.requests.length === 1) setTimeout(() => sendJson(res, 200, { ok: false }), 1000);
      else sendJson(res, 200, { ok: true });
    });
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: server.url, timeoutMs: 200, sleep });
    await expect(client.getJson('status', okSchema)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('names the URL and the limit when every attempt times out', async () => {
    server = await startTestServer(() => {});
    const client = createHttpClient({ baseUrl: server.url, timeoutMs: 150, retries: 1, sleep: async () => {} });
    const started = performance.now();
    const err = await caught(client.getJson('slow', okSchema));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err).toMatchObject({ kind: 'timeout', attempts: 2, transient: true });
    expect(err.message).toBe(`GET ${server.url}slow timed out after 150 ms`);
    expect(server.requests).toHaveLength(2);
  });

  it('succeeds on the third attempt after 500, 500, with growing delays', async () => {
    await scripted([500, 500]);
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: server!.url, backoff: { baseMs: 100, capMs: 10_000 }, sleep, random: () => 0.999 });
    await expect(client.getJson('kpi', okSchema)).resolves.toEqual({ ok: true });
    expect(server!.requests).toHaveLength(3);
    expect(delays).toEqual([99, 199]);
  });

  it('keeps every jittered delay within its capped ceiling and gives up after the retries', async () => {
    await scripted([503, 503, 503, 503, 503]);
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: server!.url, retries: 4, backoff: { baseMs: 100, capMs: 300 }, sleep });
    const err = await caught(client.getJson('kpi', okSchema));
    expect(err).toMatchObject({ kind: 'status', status: 503, attempts: 5, transient: true });
    expect(err.message).toContain('returned HTTP 503: {"error":"upstream 503"}');
    expect(server!.requests).toHaveLength(5);
    const ceilings = [100, 200, 300, 300];
    expect(delays).toHaveLength(4);
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(ceilings[i]!);
    });
  });

  it('does not retry a 404', async () => {
    await scripted([404, 200]);
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: server!.url, sleep });
    const err = await caught(client.getJson('requests/42.json', okSchema));
    expect(err).toMatchObject({ kind: 'status', status: 404, attempts: 1, transient: false });
    expect(server!.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('honours Retry-After in seconds, and caps it', async () => {
    await scripted([429, 429], { 'retry-after': '2' });
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: server!.url, backoff: { baseMs: 10, capMs: 60_000 }, sleep });
    await expect(client.getJson('x', okSchema)).resolves.toEqual({ ok: true });
    expect(delays).toEqual([2000, 2000]);
    await server!.close();

    await scripted([429], { 'retry-after': '3600' });
    const capped = recordingSleep();
    const client2 = createHttpClient({ baseUrl: server!.url, backoff: { baseMs: 10, capMs: 5000 }, sleep: capped.sleep });
    await expect(client2.getJson('x', okSchema)).resolves.toEqual({ ok: true });
    expect(capped.delays).toEqual([5000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const now = Date.parse('2025-07-01T08:00:00Z');
    await scripted([503], { 'retry-after': 'Tue, 01 Jul 2025 08:00:07 GMT' });
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: server!.url, sleep, now: () => now });
    await expect(client.getJson('x', okSchema)).resolves.toEqual({ ok: true });
    expect(delays).toEqual([7000]);
  });

  it('retries a refused connection and reports it as a network error', async () => {
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
    await new Promise((resolve) => probe.close(resolve));
    const { delays, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${port}/`, retries: 2, sleep });
    const err = await caught(client.request('GET', 'x'));
    expect(err).toMatchObject({ kind: 'network', attempts: 3, transient: true });
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(delays).toHaveLength(2);
  });

  it('stops waiting and retrying once the signal aborts', async () => {
    await scripted([500, 500, 500]);
    const controller = new AbortController();
    const client = createHttpClient({ baseUrl: server!.url, signal: controller.signal, backoff: { baseMs: 60_000, capMs: 60_000 }, random: () => 0.5 });
    const pending = caught(client.getJson('x', okSchema));
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    const err = await pending;
    expect(err).toMatchObject({ kind: 'aborted', attempts: 1 });
    expect(server!.requests).toHaveLength(1);
    await expect(client.getJson('x', okSchema)).rejects.toMatchObject({ kind: 'aborted', attempts: 0 });
  });
});
