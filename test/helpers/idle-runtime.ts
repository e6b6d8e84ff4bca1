import type { HandlerDeps } from '../../main/host/api/handlers.js';

/** A connector runtime for handler tests that run no connector: starts and stops do nothing, a dry run fails. */
export const idleRuntime: HandlerDeps['runtime'] = {
  start: () => Promise.resolve(),
  stop: () => Promise.resolve(),
  dryRun: () => Promise.reject(new Error('no connector runs in this test')),
};
