import type { ConnectorContext } from './types.js';

export interface Ticker {
  /** Cancels the next run and resolves once a run in flight has finished, so nothing is emitted afterwards. */
  stop(): Promise<void>;
}

/**
 * Runs `fn` every `ms` until the context's signal aborts or `stop()` is called. The next run is scheduled
 * only when the previous one has settled, so a slow source delays runs instead of piling them up.
 * A failed run is logged and the schedule goes on: one bad poll must not end a connector.
 */
export function every(
  ctx: Pick<ConnectorContext<unknown>, 'signal' | 'log' | 'setRefreshInterval'>,
  ms: number,
  fn: () => void | Promise<void>,
): Ticker {
  if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`every() needs a positive interval, got ${ms}`);
  ctx.setRefreshInterval(ms);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const run = async (): Promise<void> => {
    try {
      await fn();
    } catch (error) {
      ctx.log.error('scheduled run failed', { error: error instanceof Error ? error.message : String(error) });
    }
    if (!stopped) timer = setTimeout(start, ms);
  };
  const start = (): void => {
    inFlight = run();
  };
  const stop = (): Promise<void> => {
    stopped = true;
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onAbort);
    return inFlight;
  };
  const onAbort = (): void => void stop();

  if (ctx.signal.aborted) stopped = true;
  else {
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(start, ms);
  }
  return { stop };
}

/**
 * The usual life of a polling connector: the first poll at once, so the wall fills without waiting a
 * period, then one every `ms`, the schedule starting only after the first poll so a long first
 * catch-up never runs twice at the same time. Stopping waits for a poll in flight.
 */
export function pollNowThenEvery(
  ctx: Pick<ConnectorContext<unknown>, 'signal' | 'log' | 'setRefreshInterval'>,
  ms: number,
  poll: () => Promise<void>,
): { stop(): Promise<void> } {
  let stopped = false;
  let ticker: Ticker | undefined;
  // Known before the first poll ends: a long first catch-up must not leave the tiles without it.
  ctx.setRefreshInterval(ms);
  const scheduled = poll().then(() => {
    if (!stopped && !ctx.signal.aborted) ticker = every(ctx, ms, poll);
  });
  return {
    async stop() {
      stopped = true;
      await scheduled;
      await ticker?.stop();
    },
  };
}
