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
}

/**
 * Data that is still within its freshness limit stays "live" through a short loss of the host,
 * so a blip does not flash every tile; once it ages past the limit, a lost host makes it
 * "offline", otherwise "stale".
 */
export function dataState({ lastAt, loaded, connected, now, staleAfterMs }: DataStateInput): TileState {
  const fresh = lastAt !== undefined && now - lastAt <= staleAfterMs;
  if (fresh) return 'live';
  if (!connected) return 'offline';
  if (lastAt === undefined) return loaded ? 'stale' : 'loading';
  return 'stale';
}
