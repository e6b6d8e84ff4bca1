export interface Backoff {
  /** Ceiling of the first delay; each further retry doubles it. */
  baseMs: number;
  /** No delay, Retry-After included, is ever longer. */
  capMs: number;
}

/**
 * Capped exponential backoff with full jitter: a uniform draw in [0, min(cap, base * 2^(n-1))) after
 * the n-th failed attempt. Jitter spreads the retries of many walls hitting one portal after an outage.
 */
export function backoffDelay(failedAttempts: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** (failedAttempts - 1));
  return Math.floor(random() * ceiling);
}

/** Retry-After as milliseconds to wait: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates (all three RFC 9110 forms) start with the day name; V8 would read "-5" as a year.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
