import { describeHttpFailure, type Failure } from '../sdk/http/describe-failure.js';

/** How a failed sync shows in the console, with what to check on a QLVB&ĐH adapter. */
export function describeFailure(error: unknown): Failure {
  return describeHttpFailure(error, {
    credentials: 'the document system refused the credentials: check apiKey',
    notFound: 'check baseUrl and documentsPath, packagesPath and statusPath: the adapter must serve each path under baseUrl',
    unreachable: 'check baseUrl and that the document system is reachable from this machine',
  });
}
