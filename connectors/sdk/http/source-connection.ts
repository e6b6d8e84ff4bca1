import type { HttpClientOptions } from './http-client.js';

/** The client options of a connector's `sourceConnectionFields`; `fallbackRate` where the connector has its own limit. */
export function sourceConnection(
  options: { caCertificate?: string | undefined; maxRequestsPerSecond?: number | undefined },
  fallbackRate?: HttpClientOptions['rateLimit'],
): Pick<HttpClientOptions, 'tls' | 'rateLimit'> {
  const rate = options.maxRequestsPerSecond;
  // A fractional rate (0.5 a second) is one request every 2 s, not a bucket of half a token.
  const rateLimit = rate === undefined ? fallbackRate : rate >= 1 ? { requests: Math.floor(rate), perMs: 1000 } : { requests: 1, perMs: Math.round(1000 / rate) };
  return {
    ...(options.caCertificate === undefined ? {} : { tls: { ca: options.caCertificate } }),
    ...(rateLimit === undefined ? {} : { rateLimit }),
  };
}
