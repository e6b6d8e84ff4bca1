import { describeHttpFailure, type Failure } from '../sdk/http/describe-failure.js';
import { AdapterError } from './adapter-error.js';

export type { Failure };

/**
 * How a failed poll shows in the console. The adapter's own answers come first: a refused login
 * (error_code 1) needs an administrator, a session refused again right after logging in may pass.
 */
export function describeFailure(error: unknown): Failure {
  if (error instanceof AdapterError) return { state: error.kind === 'credentials' ? 'down' : 'degraded', message: error.message };
  return describeHttpFailure(error, {
    credentials: 'the portal refused the credentials',
    notFound: 'check baseUrl and the paths',
    unreachable: 'check baseUrl and that the portal is reachable from this machine',
  });
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
