import { describeHttpFailure, type Failure } from '../sdk/http/describe-failure.js';

/** How a failed sync shows in the console, with what to check on a QLVB&ĐH adapter. */
export function describeFailure(error: unknown): Failure {
  return describeHttpFailure(error, {
    credentials: 'the document system refused the credentials: check apiKey',
    notFound: 'check baseUrl: it must be the adapter root that serves documents, edxml/packages and edxml/status',
    unreachable: 'check baseUrl and that the document system is reachable from this machine',
  });
}
