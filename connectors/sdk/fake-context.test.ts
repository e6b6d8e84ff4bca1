import { describe, expect, it } from 'vitest';
import { createFakeContext } from './fake-context.js';

describe('createFakeContext cursors', () => {
  it('starts from the seeded cursors and keeps what the connector sets, by key', () => {
    const ctx = createFakeContext({}, { cursors: { default: '2025-07-01T00:00:00Z' } });
    expect(ctx.cursor.get()).toBe('2025-07-01T00:00:00Z');
    expect(ctx.cursor.get('dossiers')).toBeUndefined();
    ctx.cursor.set('2025-07-02T00:00:00Z');
    ctx.cursor.set('page-2', 'dossiers');
    expect(Object.fromEntries(ctx.cursors)).toEqual({ default: '2025-07-02T00:00:00Z', dossiers: 'page-2' });
  });

  it('gives each context its own cursors', () => {
    const seed = { default: 'a' };
    const one = createFakeContext({}, { cursors: seed });
    one.cursor.set('b');
    expect(createFakeContext({}, { cursors: seed }).cursor.get()).toBe('a');
  });
});
