export type { Backoff } from './backoff.js';
export * from './http-client.js';
export * from './http-error.js';
export * from './redact-url.js';
export type { RateLimit } from './token-bucket.js';
export * from './validate-records.js';
export * from './source-connection.js';
export { describeHttpFailure, type Failure, type FailureHints } from './describe-failure.js';
