import { HttpError } from '../sdk/http/http-error.js';

export interface Failure {
  state: 'degraded' | 'down';
  message: string;
}

/** Name resolution and refused connections: nothing answers at the base URL, which retrying will not change. */
const unreachable = new Set(['ENOTFOUND', 'EAI_FAIL', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

const causeCode = (error: Error): string | undefined => {
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
};

const tries = (error: HttpError): string => (error.attempts > 1 ? ` (${error.attempts} attempts)` : '');

/**
 * How a failed sync shows in the console. Degraded: the gateway is there but answered badly this time (5xx,
 * 429, a timeout, a body that does not parse, is too large or is not a list); stored data stays and the next
 * poll tries again. Down: it refused us (401, 403, another 4xx) or nothing answers at the base URL, which
 * needs an administrator. The message starts with the request, its URL already redacted by HttpError.
 */
export function describeFailure(error: unknown): Failure {
  if (!(error instanceof HttpError)) {
    return { state: 'degraded', message: error instanceof Error ? error.message : String(error) };
  }
  const message = error.message + tries(error);
  if (error.kind === 'status') {
    if (error.status === 401 || error.status === 403) {
      return { state: 'down', message: `${message}; the gateway refused the credentials: check apiKey and jurisdictionId` };
    }
    if (error.status === 404) return { state: 'down', message: `${message}; check baseUrl: it must be the GeoReport v2 endpoint` };
    return { state: error.transient ? 'degraded' : 'down', message };
  }
  if (error.kind === 'network') {
    const code = causeCode(error);
    if (!error.transient || (code !== undefined && unreachable.has(code))) {
      return { state: 'down', message: `${message}; check baseUrl and that the gateway is reachable from this machine` };
    }
  }
  return { state: 'degraded', message };
}
