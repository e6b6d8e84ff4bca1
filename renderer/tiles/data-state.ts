/** What every tile root announces in data-state, for people (the badge) and for tests and monitoring. */
export type TileState = 'loading' | 'live' | 'stale' | 'offline' | 'error';

export interface DataStateInput {
  /** Time of the newest data the tile shows, on the host's clock. */
  lastAt: number | undefined;
  /** The first fetch answered: no data then means "none", not "not yet". */
  loaded: boolean;
  connected: boolean;
  now: number;
  staleAfterMs: number;
  /** The source said its last attempt failed: what the tile shows is its last good data. */
  sourceDown?: boolean;
}

/** What the sources of a tile's data say of their last attempt: "down" and "degraded" both mean it failed in part or whole. */
export type SourceCondition = 'ok' | 'degraded' | 'down';

/** A poll takes time and timers drift: the slack on top of two missed renewals. */
const RENEWAL_SLACK_MS = 30_000;

/**
 * How old data may be and still count as current: the tile's own limit, or, for a source that
 * renews its data every `refreshMs` (a portal polled every 5 minutes), two missed renewals.
 */
export function staleLimitMs(tileLimitMs: number, refreshMs: number | undefined): number {
  return refreshMs === undefined ? tileLimitMs : Math.max(tileLimitMs, 2 * refreshMs + RENEWAL_SLACK_MS);
}

/**
 * The sources of a tile's series taken together: the freshness limit of the slowest (a tile is as
 * current as its least frequent source can make it) and the worst condition among them. Sources
 * the page does not know (no health yet) count as ok with the tile's own limit.
 */
export function sourceFreshness(sources: readonly ({ refreshMs?: number; state: string } | undefined)[], tileLimitMs: number): { staleAfterMs: number; condition: SourceCondition } {
  const limits = sources.map((s) => staleLimitMs(tileLimitMs, s?.refreshMs));
  const states = new Set(sources.map((s) => s?.state));
  return {
    staleAfterMs: Math.max(tileLimitMs, ...limits),
    condition: states.has('down') ? 'down' : states.has('degraded') ? 'degraded' : 'ok',
  };
}

/**
 * Data from a failing source is "stale" at once, shown with its age. Data that is still within its
 * freshness limit stays "live" through a short loss of the host,
 * so a blip does not flash every tile; once it ages past the limit, a lost host makes it
 * "offline", otherwise "stale".
 */
export function dataState({ lastAt, loaded, connected, now, staleAfterMs, sourceDown = false }: DataStateInput): TileState {
  const fresh = lastAt !== undefined && now - lastAt <= staleAfterMs && !sourceDown;
  if (fresh) return 'live';
  if (!connected) return 'offline';
  if (lastAt === undefined) return loaded ? 'stale' : 'loading';
  return 'stale';
}
