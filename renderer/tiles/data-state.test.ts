import { describe, expect, it } from 'vitest';
import { dataState } from './data-state.js';

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
