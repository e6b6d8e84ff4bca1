import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import { formatIssues } from '../../../common/schemas/issues.js';
import { backoffDelay, parseRetryAfter, type Backoff } from './backoff.js';
import { HttpError } from './http-error.js';
import { describePosition, jsonErrorPosition } from './json-error-position.js';
import { sendOnce, type RawResponse } from './send-once.js';
import { createTokenBucket, type RateLimit } from './token-bucket.js';

export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];
/** Undefined values are left out; an array repeats the parameter. */
export type Query = Record<string, QueryValue>;

export interface HttpClientOptions {
  /** `https://portal.example/api/v1/`; `user:pass@` in it is sent as Basic auth and never shown. */
  baseUrl: string;
  /** Per attempt, from connecting to the last byte of the body. Default 15 s. */
  timeoutMs?: number;
  /** Further attempts after the first on a timeout, a network failure, 429 or 5xx. Default 3. */
  retries?: number;
  /** Default { baseMs: 500, capMs: 30 000 }; capMs also caps a Retry-After. */
  backoff?: Backoff;
  /** Every attempt, retries included, takes a token. Unlimited by default. */
  rateLimit?: RateLimit;
  /** Default 10 MB. */
  maxResponseBytes?: number;
  headers?: Record<string, string>;
  tls?: {
    /** A CA (PEM) trusted in addition to the public roots, for a provincial or LAN certificate authority. */
    ca?: string | Buffer;
    /** Default true. Turning verification off lets anyone on the path read and forge the data. */
    rejectUnauthorized?: boolean;
  };
  /** Usually `ctx.signal`: aborts requests and waits, and closes kept-alive connections. */
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform in [0, 1), for the backoff jitter. */
  random?: () => number;
}

export interface RequestOptions {
  query?: Query;
  /** A string or Buffer is sent as is; anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Overrides the client's retries, e.g. 0 for a request that must not be repeated. */
  retries?: number;
  /**
   * Stops reading the body where the first match of this pattern ends (searched in latin1, so keep it ASCII
   * and under 1 KB) and drops the connection: the header of a large package without its attachments.
   * The size limit then counts only what was read.
   */
  readUntil?: RegExp;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface PaginateOptions<Page> {
  /** Query of the first page. */
  query?: Query;
  /** Query of the page after `page`, or undefined after the last one. */
  next: (page: Page, index: number) => Query | undefined;
  /** Guards against a source that ignores the paging parameters and repeats a page. Default 1000. */
  maxPages?: number;
}

export interface HttpClient {
  /** Resolves on 2xx; any other outcome throws an HttpError. */
  request(method: string, path: string, opts?: RequestOptions): Promise<HttpResponse>;
  getJson<S extends z.ZodType>(path: string, schema: S, query?: Query): Promise<z.output<S>>;
  postJson<S extends z.ZodType>(path: string, body: unknown, schema: S, query?: Query): Promise<z.output<S>>;
  /** Pages one after the other, the next requested only when the caller asks for it. */
  paginate<S extends z.ZodType>(path: string, schema: S, opts: PaginateOptions<z.output<S>>): AsyncGenerator<z.output<S>, void, undefined>;
}

const defaults = { timeoutMs: 15_000, retries: 3, backoff: { baseMs: 500, capMs: 30_000 }, maxResponseBytes: 10 * 1024 * 1024 };

const positive = (name: string, value: number) => {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be a positive number, got ${value}`);
};
const retryCount = (value: number) => {
  if (!(Number.isInteger(value) && value >= 0)) throw new RangeError(`retries must be a whole number >= 0, got ${value}`);
  return value;
};

const lowerKeys = (headers: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

const isAbort = (err: unknown) => err instanceof Error && err.name === 'AbortError';

/**
 * The HTTP client for connectors: portals and gateways over HTTP(S) with JSON. Built on node:http so
 * it controls the CA, a timeout over the whole exchange and the size of what it buffers.
 */
export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const base = new URL(opts.baseUrl);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new TypeError(`baseUrl must be http(s), got ${base.protocol}`);
  // A relative path resolves under the base path, never beside it.
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const timeoutMs = opts.timeoutMs ?? defaults.timeoutMs;
  const maxResponseBytes = opts.maxResponseBytes ?? defaults.maxResponseBytes;
  const backoff = opts.backoff ?? defaults.backoff;
  const retries = retryCount(opts.retries ?? defaults.retries);
  positive('timeoutMs', timeoutMs);
  positive('maxResponseBytes', maxResponseBytes);
  positive('backoff.baseMs', backoff.baseMs);
  positive('backoff.capMs', backoff.capMs);
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const random = opts.random ?? Math.random;
  const signal = opts.signal;
  const limiter = opts.rateLimit ? createTokenBucket(opts.rateLimit, { now, sleep }) : undefined;
  const agent =
    base.protocol === 'https:'
      ? new https.Agent({
          keepAlive: true,
          rejectUnauthorized: opts.tls?.rejectUnauthorized ?? true,
          ...(opts.tls?.ca === undefined ? {} : { ca: [...rootCertificates, opts.tls.ca] }),
        })
      : new http.Agent({ keepAlive: true });
  signal?.addEventListener('abort', () => agent.destroy(), { once: true });
  const baseHeaders = { 'user-agent': 'ioc-wall-connector', accept: 'application/json', ...lowerKeys(opts.headers) };

  const urlFor = (path: string, query: Query = {}): URL => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) throw new TypeError('request paths are relative to baseUrl; an absolute URL is refused');
    const url = new URL(path.replace(/^\/+/, ''), base);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(v));
    }
    return url;
  };

  const aborted = (method: string, url: URL, attempts: number) =>
    new HttpError({ kind: 'aborted', method, url, detail: 'was aborted', attempts, transient: false, cause: signal?.reason });

  /** Waits for the limiter or a backoff; an abort during the wait becomes an `aborted` HttpError. */
  const wait = async (what: Promise<void>, method: string, url: URL, attempts: number) => {
    try {
      await what;
    } catch (err) {
      if (isAbort(err) || signal?.aborted) throw aborted(method, url, attempts);
      throw err;
    }
    if (signal?.aborted) throw aborted(method, url, attempts);
  };

  const statusError = (method: string, url: URL, res: RawResponse, attempts: number) => {
    const excerpt = res.body.subarray(0, 200).toString('utf8').replace(/\s+/g, ' ').trim();
    return new HttpError({
      kind: 'status',
      method,
      url,
      detail: `returned HTTP ${res.status}${excerpt ? `: ${excerpt}` : ''}`,
      status: res.status,
      attempts,
      transient: res.status === 429 || res.status >= 500,
    });
  };

  async function send(method: string, url: URL, ro: RequestOptions): Promise<{ res: RawResponse; attempts: number }> {
    const maxAttempts = retryCount(ro.retries ?? retries) + 1;
    const isRaw = typeof ro.body === 'string' || Buffer.isBuffer(ro.body);
    const body = ro.body === undefined ? undefined : isRaw ? Buffer.from(ro.body as string | Buffer) : Buffer.from(JSON.stringify(ro.body));
    const headers = {
      ...baseHeaders,
      ...(body && !isRaw ? { 'content-type': 'application/json' } : {}),
      ...lowerKeys(ro.headers),
      ...(body ? { 'content-length': String(body.length) } : {}),
    };
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw aborted(method, url, attempt - 1);
      if (limiter) await wait(limiter.take(signal), method, url, attempt - 1);
      let failure: HttpError;
      let retryAfter: number | undefined;
      try {
        const exchange = { method, url, headers, timeoutMs, maxResponseBytes, agent, attempt, ...(ro.readUntil ? { readUntil: ro.readUntil } : {}) };
        const res = await sendOnce({ ...exchange, ...(body ? { body } : {}), ...(signal ? { signal } : {}) });
        if (res.status >= 200 && res.status < 300) return { res, attempts: attempt };
        failure = statusError(method, url, res, attempt);
        retryAfter = parseRetryAfter(res.headers['retry-after'], now());
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        failure = err;
      }
      if (!failure.transient || attempt >= maxAttempts) throw failure;
      const pause = retryAfter === undefined ? backoffDelay(attempt, backoff, random) : Math.min(retryAfter, backoff.capMs);
      await wait(sleep(pause, signal), method, url, attempt);
    }
  }

  const request: HttpClient['request'] = async (method, path, ro = {}) => {
    const { res } = await send(method.toUpperCase(), urlFor(path, ro.query), ro);
    return { status: res.status, headers: res.headers, text: new TextDecoder().decode(res.body) };
  };

  async function json<S extends z.ZodType>(method: string, path: string, schema: S, ro: RequestOptions): Promise<z.output<S>> {
    const url = urlFor(path, ro.query);
    const { res, attempts } = await send(method, url, ro);
    // TextDecoder drops a UTF-8 byte order mark, which JSON.parse would refuse.
    const text = new TextDecoder().decode(res.body);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (cause) {
      const position = jsonErrorPosition(text) ?? 0;
      const near = JSON.stringify(text.slice(Math.max(0, position - 20), position + 20));
      const detail = `returned JSON that does not parse at ${describePosition(text, position)}, near ${near}`;
      throw new HttpError({ kind: 'parse', method, url, detail, attempts, transient: false, cause });
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const detail = `returned JSON that does not match the expected shape:\n${formatIssues(parsed.error)}`;
      throw new HttpError({ kind: 'schema', method, url, detail, attempts, transient: false });
    }
    return parsed.data;
  }

  return {
    request,
    getJson: (path, schema, query) => json('GET', path, schema, query ? { query } : {}),
    postJson: (path, body, schema, query) => json('POST', path, schema, { body, ...(query ? { query } : {}) }),
    async *paginate(path, schema, po) {
      const maxPages = po.maxPages ?? 1000;
      let query: Query | undefined = po.query ?? {};
      for (let index = 0; query !== undefined; index++) {
        if (index >= maxPages) {
          throw new Error(`paginating ${path} stopped after ${maxPages} pages: the source may be ignoring the paging parameters`);
        }
        const page = await json('GET', path, schema, { query });
        yield page;
        query = po.next(page, index);
      }
    },
  };
}
