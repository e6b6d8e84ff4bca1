import { z } from 'zod';
import { createHttpClient, type HttpClientOptions } from '../sdk/http/http-client.js';
import type { DocumentConfig } from './config.js';

/** What tests may change in the HTTP client: shorter timeouts and backoff. */
export type HttpTuning = Partial<Pick<HttpClientOptions, 'timeoutMs' | 'retries' | 'backoff' | 'maxResponseBytes' | 'random' | 'sleep'>>;

/** The envelope of one page; items are checked one by one later, so one bad document does not drop the page. */
const pageSchema = z.object({ items: z.array(z.unknown()), nextPage: z.number().int().positive().optional() });
export type DocumentPage = z.output<typeof pageSchema>;

/** The two GET methods of the adapter (docs/connectors/document-management.md). */
export interface DocumentClient {
  documents(updatedSince: string, page: number): Promise<DocumentPage>;
  /** The raw edXML StatusList; parsed by edxml-status.ts. */
  statusXml(since: string): Promise<string>;
  /** How long the last answered request took, retries included. */
  readonly latencyMs: number | undefined;
}

export function createDocumentClient(options: Pick<DocumentConfig, 'baseUrl' | 'apiKey'>, signal: AbortSignal, tuning: HttpTuning = {}): DocumentClient {
  // The key goes in a header rather than the query, so it is in no URL that an error message or a proxy log shows.
  const headers: Record<string, string> = options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey };
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const http = createHttpClient({ ...tuning, baseUrl: base, signal, headers });
  let latencyMs: number | undefined;

  async function timed<T>(call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const out = await call();
    latencyMs = performance.now() - started;
    return out;
  }

  return {
    documents: (updatedSince, page) => timed(() => http.getJson('documents', pageSchema, { updatedSince, page })),
    statusXml: (since) =>
      timed(async () => (await http.request('GET', 'edxml/status', { query: { since }, headers: { accept: 'application/xml, text/xml;q=0.9' } })).text),
    get latencyMs() {
      return latencyMs;
    },
  };
}
