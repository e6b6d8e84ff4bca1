import { z } from 'zod';
import { createHttpClient, type HttpClientOptions, type Query } from '../sdk/http/http-client.js';
import { sourceConnection } from '../sdk/http/source-connection.js';
import { redactUrl } from '../sdk/http/redact-url.js';
import type { FieldReportsConfig } from './config.js';
import { itemsFromJson, itemsFromXml, type ListKind } from './decode-payload.js';
import { isoSeconds, type TimeWindow } from './windows.js';

/** What tests may change in the HTTP client: shorter timeouts and backoff, a smaller size limit. */
export type HttpTuning = Partial<Pick<HttpClientOptions, 'timeoutMs' | 'retries' | 'backoff' | 'maxResponseBytes' | 'random' | 'sleep'>>;

export interface RequestsQuery extends TimeWindow {
  /** GeoReport v2 `status` filter; the warm-up after a restart asks for open and closed reports apart. */
  status?: 'open' | 'closed';
}

/** The two GET methods of GeoReport v2 the IOC reads, as unchecked items. */
export interface Open311Client {
  services(): Promise<unknown[]>;
  requests(query: RequestsQuery): Promise<unknown[]>;
  /** The requests with these ids, whatever their dates: GeoReport v2 takes a comma-separated `service_request_id`. */
  requestsById(ids: readonly string[]): Promise<unknown[]>;
  /** How long the last answered request took, retries included. */
  readonly latencyMs: number | undefined;
  /** The redacted address of a list, for messages. */
  describe(kind: ListKind): string;
}

export function createOpen311Client(
  options: Pick<FieldReportsConfig, 'baseUrl' | 'format' | 'apiKey' | 'jurisdictionId' | 'caCertificate' | 'maxRequestsPerSecond'>,
  signal: AbortSignal,
  tuning: HttpTuning = {},
): Open311Client {
  const http = createHttpClient({ ...tuning, ...sourceConnection(options), baseUrl: options.baseUrl, signal });
  const base = new URL(options.baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const pathOf = (kind: ListKind) => `${kind}.${options.format}`;
  // GeoReport v2 takes the key and the jurisdiction as query parameters; redactUrl masks `api_key` in every message.
  const shared: Query = { jurisdiction_id: options.jurisdictionId, api_key: options.apiKey };
  let latencyMs: number | undefined;

  const where = (kind: ListKind, query: Query): string => {
    const url = new URL(pathOf(kind), base);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
    return `GET ${redactUrl(url)}`;
  };

  async function list(kind: ListKind, extra: Query): Promise<unknown[]> {
    const query = { ...shared, ...extra };
    const started = performance.now();
    if (options.format === 'json') {
      const data = await http.getJson(pathOf(kind), z.unknown(), query);
      latencyMs = performance.now() - started;
      return itemsFromJson(data, kind, where(kind, query));
    }
    const res = await http.request('GET', pathOf(kind), { query, headers: { accept: 'application/xml, text/xml;q=0.9' } });
    latencyMs = performance.now() - started;
    return itemsFromXml(res.text, kind, where(kind, query));
  }

  return {
    services: () => list('services', {}),
    requests: (q) => list('requests', { start_date: isoSeconds(q.from), end_date: isoSeconds(q.to), status: q.status }),
    requestsById: (ids) => list('requests', { service_request_id: ids.join(',') }),
    get latencyMs() {
      return latencyMs;
    },
    describe: (kind) => where(kind, shared),
  };
}
