import { z } from 'zod';
import { createHttpClient, type HttpClientOptions } from '../sdk/http/http-client.js';
import { sourceConnection } from '../sdk/http/source-connection.js';
import type { DocumentConfig } from './config.js';
import { ENVELOPE_END } from './edxml-package.js';

/** What tests may change in the HTTP client: shorter timeouts and backoff. */
export type HttpTuning = Partial<Pick<HttpClientOptions, 'timeoutMs' | 'retries' | 'backoff' | 'maxResponseBytes' | 'random' | 'sleep'>>;

/** The envelope of one page; items are checked one by one later, so one bad item does not drop the page. */
const pageSchema = z.object({ items: z.array(z.unknown()), nextPage: z.number().int().positive().optional() });
export type Page = z.output<typeof pageSchema>;

/** `documents` changed since a time, every document still open whatever its last change, or these by id. */
export type DocumentQuery = { updatedSince: string } | { open: true } | { ids: readonly string[] };

const documentsQuery = (query: DocumentQuery, page: number) =>
  'open' in query ? { open: true, page } : 'ids' in query ? { id: query.ids, page } : { ...query, page };

/** The GET methods of the adapter (docs/connectors/document-management.md), on the paths of the options. */
export interface DocumentClient {
  documents(query: DocumentQuery, page: number): Promise<Page>;
  /** The raw edXML StatusList; parsed by edxml-status.ts. */
  statusXml(since: string): Promise<string>;
  /** Received edXML packages, `{ id, receivedAt }` each. */
  packages(since: string, page: number): Promise<Page>;
  /** A package read up to the end of its envelope: the attachments after it are neither read nor kept. */
  packageHead(id: string): Promise<string>;
  /** How long the last answered request took, retries included. */
  readonly latencyMs: number | undefined;
}

export function createDocumentClient(
  options: Pick<DocumentConfig, 'baseUrl' | 'documentsPath' | 'packagesPath' | 'statusPath' | 'apiKey' | 'caCertificate' | 'maxRequestsPerSecond'>,
  signal: AbortSignal,
  tuning: HttpTuning = {},
): DocumentClient {
  // The key goes in a header rather than the query, so it is in no URL that an error message or a proxy log shows.
  const headers: Record<string, string> = options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey };
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const http = createHttpClient({ ...tuning, ...sourceConnection(options), baseUrl: base, signal, headers });
  const xml = { accept: 'application/xml, text/xml;q=0.9' };
  let latencyMs: number | undefined;

  async function timed<T>(call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const out = await call();
    latencyMs = performance.now() - started;
    return out;
  }

  return {
    documents: (query, page) => timed(() => http.getJson(options.documentsPath, pageSchema, documentsQuery(query, page))),
    statusXml: (since) => timed(async () => (await http.request('GET', options.statusPath, { query: { since }, headers: xml })).text),
    packages: (since, page) => timed(() => http.getJson(options.packagesPath, pageSchema, { since, page })),
    packageHead: (id) =>
      timed(async () => (await http.request('GET', `${options.packagesPath}/${encodeURIComponent(id)}`, { headers: xml, readUntil: ENVELOPE_END })).text),
    get latencyMs() {
      return latencyMs;
    },
  };
}
