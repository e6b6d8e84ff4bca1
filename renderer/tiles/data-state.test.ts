import { describe, expect, it } from 'vitest';
import { dataState, sourceFreshness, staleLimitMs } from './data-state.js';

const base = { lastAt: 1000, loaded: true, connected: true, now: 1000, staleAfterMs: 120_000 };

describe('dataState', () => {
  it('is live while the newest data is within the limit', () => {
    expect(dataState({ ...base, now: 1000 + 120_000 })).toBe('live');
  });

  it('is stale past the limit', () => {
    expect(dataState({ ...base, now: 1000 + 120_001 })).toBe('stale');
  });

  it('is loading before the first answer and stale when the answer was empty', () => {
    expect(dataState({ ...base, lastAt: undefined, loaded: false })).toBe('loading');
    expect(dataState({ ...base, lastAt: undefined, loaded: true })).toBe('stale');
  });

  it('rides out a short loss of the host, then says offline', () => {
    expect(dataState({ ...base, connected: false, now: 5000 })).toBe('live');
    expect(dataState({ ...base, connected: false, now: 1000 + 200_000 })).toBe('offline');
    expect(dataState({ ...base, connected: false, lastAt: undefined, loaded: false })).toBe('offline');
  });
});

describe('a tile judged by its sources', () => {
  it('is stale at once when its source is down, whatever the age of the data', () => {
    expect(dataState({ ...base, sourceDown: true })).toBe('stale');
    expect(dataState({ ...base, sourceDown: true, connected: false })).toBe('offline');
  });

  it('waits two missed renewals of a slow source before calling its data stale', () => {
    expect(staleLimitMs(120_000, undefined)).toBe(120_000);
    expect(staleLimitMs(120_000, 300_000)).toBe(630_000);
    // A fast source never shortens the tile's own limit.
    expect(staleLimitMs(120_000, 5_000)).toBe(120_000);
    expect(dataState({ ...base, now: 1000 + 400_000, staleAfterMs: staleLimitMs(120_000, 300_000) })).toBe('live');
  });

  it('takes the slowest source for the limit and the worst for the condition', () => {
    const ok = { state: 'ok', refreshMs: 60_000 };
    const slowDegraded = { state: 'degraded', refreshMs: 300_000 };
    expect(sourceFreshness([ok, slowDegraded], 120_000)).toEqual({ staleAfterMs: 630_000, condition: 'degraded' });
    expect(sourceFreshness([ok, { state: 'down' }, slowDegraded], 120_000).condition).toBe('down');
    expect(sourceFreshness([undefined, ok], 120_000)).toEqual({ staleAfterMs: 150_000, condition: 'ok' });
    expect(sourceFreshness([], 120_000)).toEqual({ staleAfterMs: 120_000, condition: 'ok' });
  });
});
