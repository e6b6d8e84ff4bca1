import { describe, expect, it } from 'vitest';
import { gridState } from './grid-state.js';

describe('gridState', () => {
  it('is live only when every camera is', () => {
    expect(gridState(['live', 'live', 'live', 'live'])).toBe('live');
  });

  it('is loading while a camera connects and none is in trouble', () => {
    expect(gridState(['live', 'loading', 'live'])).toBe('loading');
  });

  it('is stale when a camera reconnects, even while another loads', () => {
    expect(gridState(['live', 'reconnecting', 'live'])).toBe('stale');
    expect(gridState(['loading', 'reconnecting'])).toBe('stale');
  });

  it('is stale when some cameras are lost and others live', () => {
    expect(gridState(['live', 'offline'])).toBe('stale');
  });

  it('is offline when every camera is', () => {
    expect(gridState(['offline', 'offline'])).toBe('offline');
  });
});
