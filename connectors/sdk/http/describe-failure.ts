import { HttpError } from './http-error.js';

export interface Failure {
  state: 'degraded' | 'down';
  message: string;
}

/** What to tell an administrator for each kind of failure that needs one. */
export interface FailureHints {
  /** After a 401 or 403. */
  credentials: string;
  /** After a 404. */
  notFound: string;
  /** When nothing answers at the base URL. */
  unreachable: string;
}

/** Name resolution and refused connections: nothing answers at the base URL, which retrying will not change. */
const unreachableCodes = new Set(['ENOTFOUND', 'EAI_FAIL', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

const causeCode = (error: Error): string | undefined => {
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
};

/**
 * How a failed poll of an HTTP source shows in the console. Down needs an administrator: the source
 * refused us (401, 403, another 4xx) or nothing answers at the base URL. Degraded may pass by itself:
 * 5xx, 429, a timeout, a body that does not parse or is too large. Stored data and the cursor stay as
 * they were either way. The message starts with the request, its URL already redacted by HttpError.
 */
export function describeHttpFailure(error: unknown, hints: FailureHints): Failure {
  if (!(error instanceof HttpError)) return { state: 'degraded', message: error instanceof Error ? error.message : String(error) };
  const message = error.message + (error.attempts > 1 ? ` (${error.attempts} attempts)` : '');
  if (error.kind === 'status') {
    if (error.status === 401 || error.status === 403) return { state: 'down', message: `${message}; ${hints.credentials}` };
    if (error.status === 404) return { state: 'down', message: `${message}; ${hints.notFound}` };
    return { state: error.transient ? 'degraded' : 'down', message };
  }
  if (error.kind === 'network') {
    const code = causeCode(error);
    if (!error.transient || (code !== undefined && unreachableCodes.has(code))) return { state: 'down', message: `${message}; ${hints.unreachable}` };
  }
  return { state: 'degraded', message };
}
