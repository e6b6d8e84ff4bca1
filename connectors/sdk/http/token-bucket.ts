export interface RateLimit {
  /** Requests allowed in a burst, refilled evenly over `perMs`. */
  requests: number;
  perMs: number;
}

export interface TokenBucket {
  /** Resolves when a request may be sent. Waiters go in call order; nothing is ever dropped. */
  take(signal?: AbortSignal): Promise<void>;
}

/**
 * A token bucket that delays callers until a token is free. Public portals throttle or ban clients
 * that burst, so a connector paging through months of data must keep to the rate it was given.
 */
export function createTokenBucket(
  limit: RateLimit,
  clock: { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void> },
): TokenBucket {
  if (!(Number.isInteger(limit.requests) && limit.requests >= 1) || !(Number.isFinite(limit.perMs) && limit.perMs > 0)) {
    throw new RangeError(`rate limit needs requests >= 1 and perMs > 0, got ${limit.requests} per ${limit.perMs} ms`);
  }
  const perToken = limit.perMs / limit.requests;
  let tokens = limit.requests;
  let last = clock.now();
  let queue: Promise<void> = Promise.resolve();

  const refill = () => {
    const t = clock.now();
    tokens = Math.min(limit.requests, tokens + (t - last) / perToken);
    last = t;
  };
  const wait = async (signal?: AbortSignal) => {
    signal?.throwIfAborted();
    refill();
    while (tokens < 1) {
      signal?.throwIfAborted();
      await clock.sleep(Math.ceil((1 - tokens) * perToken), signal);
      refill();
    }
    tokens -= 1;
  };
  return {
    take(signal) {
      const turn = queue.then(() => wait(signal));
      // One aborted waiter must not block the ones behind it.
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
