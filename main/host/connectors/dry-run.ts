import type { ConnectorTestResult } from '../../../common/index.js';
import type { DefinedConnector, RunningConnector } from '../../../connectors/sdk/types.js';
import { createDryRunContext, type DryRunContextInit, type HealthReport } from './dry-run-context.js';

export interface DryRunOptions extends Omit<DryRunContextInit, 'produces'> {
  /** How long to wait for the first health report. */
  timeoutMs: number;
  /** How long stopping may take after that before the run is given up on, with a warning. */
  stopGraceMs?: number;
}

type Outcome = { report: HealthReport } | { failed: unknown } | { timedOut: true };

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Resolves after `ms`, or at once when `cancel` is called, so no timer outlives the run. */
function delay(ms: number): { done: Promise<void>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => {
    resolve = r;
    timer = setTimeout(r, ms);
  });
  return {
    done,
    cancel() {
      clearTimeout(timer);
      resolve();
    },
  };
}

/**
 * Starts a connector with options already checked against its schema, in a context that stores nothing,
 * and stops it at its first health report, when start() throws, or after `timeoutMs`; the signal aborts
 * then, which cancels its requests and timers. Resolves once it has stopped (or failed to within the grace).
 */
export async function dryRunConnector(def: DefinedConnector, opts: DryRunOptions): Promise<ConnectorTestResult> {
  const run = createDryRunContext({ ...opts, produces: def.produces });
  const began = performance.now();
  // A connector that throws before its first await rejects here too, not in the caller.
  const starting: Promise<RunningConnector> = Promise.resolve().then(() => def.start(run.ctx));
  const timeout = delay(opts.timeoutMs);
  const outcome: Outcome = await Promise.race([
    run.firstReport.then((report) => ({ report })),
    starting.then(
      () => new Promise<never>(() => undefined),
      (failed: unknown) => ({ failed }),
    ),
    timeout.done.then(() => ({ timedOut: true as const })),
  ]);
  const elapsed = performance.now() - began;
  timeout.cancel();
  run.abort();
  await stopRun(starting, opts);
  const produced = run.produced();

  if ('report' in outcome) {
    const { state, message, latencyMs } = outcome.report;
    return { state, ...(message ? { message } : {}), latencyMs: Math.round(latencyMs ?? elapsed), produced };
  }
  if ('failed' in outcome) {
    const reason = outcome.failed instanceof Error ? outcome.failed.message : String(outcome.failed);
    opts.log.warn('connector test: start failed', { error: reason });
    return { state: 'down', message: `failed to start: ${reason}`, produced };
  }
  return { state: 'timeout', message: `no health report within ${seconds(opts.timeoutMs)}`, produced };
}

/** Stops what started, once it has; a connector that will not stop is left to its aborted signal, with a warning. */
async function stopRun(starting: Promise<RunningConnector>, opts: DryRunOptions): Promise<void> {
  const grace = delay(opts.stopGraceMs ?? 5000);
  const stopped = starting.then(
    (handle) => handle.stop(),
    () => undefined,
  );
  const inTime = await Promise.race([
    stopped.then(
      () => true,
      (err: unknown) => {
        opts.log.warn('connector test: stop failed', { error: String(err) });
        return true;
      },
    ),
    grace.done.then(() => false),
  ]);
  grace.cancel();
  if (!inTime) opts.log.warn('connector test: the connector did not stop in time', { graceMs: opts.stopGraceMs ?? 5000 });
}
