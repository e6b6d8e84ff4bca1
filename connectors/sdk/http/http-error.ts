import { redactUrl } from './redact-url.js';

export type HttpErrorKind = 'timeout' | 'network' | 'status' | 'too-large' | 'parse' | 'schema' | 'aborted';

export interface HttpErrorInit {
  kind: HttpErrorKind;
  method: string;
  /** Redacted here, so no caller can put a credential into an error by mistake. */
  url: URL | string;
  /** What went wrong, after "GET https://…": "timed out after 15000 ms". */
  detail: string;
  attempts: number;
  /** Whether trying again later may succeed: timeouts, network failures, 429 and 5xx. */
  transient: boolean;
  status?: number;
  bytesRead?: number;
  cause?: unknown;
}

/** Every failure of the connector HTTP client, with the kind to branch on and a message to show. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly kind: HttpErrorKind;
  /** Without user:pass and with secret query values masked. */
  readonly url: string;
  readonly status?: number;
  /** Requests sent before giving up, retries included. */
  readonly attempts: number;
  readonly transient: boolean;
  /** For `too-large`: bytes received before the response was cut off. */
  readonly bytesRead?: number;

  constructor(init: HttpErrorInit) {
    const url = redactUrl(init.url);
    super(`${init.method} ${url} ${init.detail}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.url = url;
    this.attempts = init.attempts;
    this.transient = init.transient;
    if (init.status !== undefined) this.status = init.status;
    if (init.bytesRead !== undefined) this.bytesRead = init.bytesRead;
  }
}
