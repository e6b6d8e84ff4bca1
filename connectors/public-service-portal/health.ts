import { HttpError } from '../sdk/http/http-error.js';
import { AdapterError } from './adapter-error.js';

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

/**
 * How a failed poll shows in the console. Down needs an administrator: the login was refused (error_code 1,
 * HTTP 401/403), the address is wrong (404, nothing listening). Degraded may pass by itself: 5xx, 429, a
 * timeout, a body that does not parse or is too large, a session refused again right after logging in. Stored
 * data and the cursor stay as they were. Messages start with the request and its redacted URL.
 */
export function describeFailure(error: unknown): Failure {
  if (error instanceof AdapterError) return { state: error.kind === 'credentials' ? 'down' : 'degraded', message: error.message };
  if (!(error instanceof HttpError)) return { state: 'degraded', message: error instanceof Error ? error.message : String(error) };
  const message = error.message + (error.attempts > 1 ? ` (${error.attempts} attempts)` : '');
  if (error.kind === 'status') {
    if (error.status === 401 || error.status === 403) return { state: 'down', message: `${message}; the portal refused the credentials` };
    if (error.status === 404) return { state: 'down', message: `${message}; check baseUrl and the paths` };
    return { state: error.transient ? 'degraded' : 'down', message };
  }
  if (error.kind === 'network') {
    const code = causeCode(error);
    if (!error.transient || (code !== undefined && unreachable.has(code))) {
      return { state: 'down', message: `${message}; check baseUrl and that the portal is reachable from this machine` };
    }
  }
  return { state: 'degraded', message };
}

/**
 * Replaces the password, as written and URL- or JSON-encoded, in text bound for a log or the console:
 * a careless adapter echoes the login body in its error messages.
 */
export function createScrubber(secret: string | undefined): (text: string) => string {
  if (secret === undefined || secret === '') return (text) => text;
  const forms = [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
  return (text) => forms.reduce((out, form) => out.replaceAll(form, '***'), text);
}
