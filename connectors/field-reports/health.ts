import { describeHttpFailure, type Failure } from '../sdk/http/describe-failure.js';

export type { Failure };

/** How a failed sync shows in the console, with what to check on an Open311 gateway. */
export function describeFailure(error: unknown): Failure {
  return describeHttpFailure(error, {
    credentials: 'the gateway refused the credentials: check apiKey and jurisdictionId',
    notFound: 'check baseUrl: it must be the GeoReport v2 endpoint',
    unreachable: 'check baseUrl and that the gateway is reachable from this machine',
  });
}
