import { describe, expect, it } from 'vitest';
import { HttpError, type HttpErrorInit } from '../sdk/http/http-error.js';
import { PayloadError } from './decode-payload.js';
import { describeFailure } from './health.js';

const url = 'http://gw.example/open311/v2/requests.json?api_key=secret123';
const httpError = (init: Partial<HttpErrorInit> & Pick<HttpErrorInit, 'kind' | 'detail' | 'transient'>) =>
  new HttpError({ method: 'GET', url, attempts: 1, ...init });

describe('describeFailure', () => {
  it.each([
    [{ kind: 'status', status: 500, detail: 'returned HTTP 500', transient: true }, 'degraded'],
    [{ kind: 'status', status: 429, detail: 'returned HTTP 429', transient: true }, 'degraded'],
    [{ kind: 'timeout', detail: 'timed out after 400 ms', transient: true }, 'degraded'],
    [{ kind: 'parse', detail: 'returned JSON that does not parse', transient: false }, 'degraded'],
    [{ kind: 'schema', detail: 'returned JSON that does not match', transient: false }, 'degraded'],
    [{ kind: 'too-large', detail: 'sent a response larger than the limit', transient: false }, 'degraded'],
    [{ kind: 'network', detail: 'closed the connection', transient: true }, 'degraded'],
    [{ kind: 'status', status: 401, detail: 'returned HTTP 401', transient: false }, 'down'],
    [{ kind: 'status', status: 403, detail: 'returned HTTP 403', transient: false }, 'down'],
    [{ kind: 'status', status: 404, detail: 'returned HTTP 404', transient: false }, 'down'],
    [{ kind: 'status', status: 400, detail: 'returned HTTP 400', transient: false }, 'down'],
    [{ kind: 'network', detail: 'failed: getaddrinfo ENOTFOUND', transient: true, cause: { code: 'ENOTFOUND' } }, 'down'],
    [{ kind: 'network', detail: 'failed: connect ECONNREFUSED', transient: true, cause: { code: 'ECONNREFUSED' } }, 'down'],
    [{ kind: 'network', detail: 'failed: self-signed certificate', transient: false }, 'down'],
  ] as const)('%o → %s', (init, state) => {
    expect(describeFailure(httpError(init)).state).toBe(state);
  });

  it('names the redacted URL and what to check', () => {
    const { message } = describeFailure(httpError({ kind: 'status', status: 401, detail: 'returned HTTP 401', transient: false }));
    expect(message).toBe(
      'GET http://gw.example/open311/v2/requests.json?api_key=*** returned HTTP 401; the gateway refused the credentials: check apiKey and jurisdictionId',
    );
    expect(describeFailure(httpError({ kind: 'status', status: 404, detail: 'returned HTTP 404', transient: false })).message).toMatch(/check baseUrl/);
  });

  it('counts the attempts of a request that was retried', () => {
    const error = httpError({ kind: 'status', status: 503, detail: 'returned HTTP 503', transient: true, attempts: 4 });
    expect(describeFailure(error).message).toMatch(/returned HTTP 503 \(4 attempts\)$/);
  });

  it('reports a payload that is not a list as degraded', () => {
    expect(describeFailure(new PayloadError('GET x returned XML that does not parse'))).toEqual({
      state: 'degraded',
      message: 'GET x returned XML that does not parse',
    });
    expect(describeFailure('boom')).toEqual({ state: 'degraded', message: 'boom' });
  });
});
