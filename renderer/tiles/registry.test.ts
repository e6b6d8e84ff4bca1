import { describe, expect, it } from 'vitest';
import { clockTileOptionsSchema, textTileOptionsSchema } from '../../common/index.js';
import { createTileRegistry } from './registry.js';

const Nothing = () => null;

describe('tile registry', () => {
  it('returns what was defined', () => {
    const r = createTileRegistry();
    const def = r.define({ kind: 'text', name: 'tiles.text', optionsSchema: textTileOptionsSchema, Component: Nothing });
    expect(r.get('text')).toBe(def);
    expect(r.kinds()).toEqual(['text']);
  });

  it('refuses a kind defined twice', () => {
    const r = createTileRegistry();
    r.define({ kind: 'text', name: 'tiles.text', optionsSchema: textTileOptionsSchema, Component: Nothing });
    expect(() => r.define({ kind: 'text', name: 'tiles.text', optionsSchema: textTileOptionsSchema, Component: Nothing })).toThrow(
      'tile kind "text" is already defined',
    );
  });

  it('names the known kinds when asked for an unknown one', () => {
    const r = createTileRegistry();
    r.define({ kind: 'text', name: 'tiles.text', optionsSchema: textTileOptionsSchema, Component: Nothing });
    r.define({ kind: 'clock', name: 'tiles.clock', optionsSchema: clockTileOptionsSchema, Component: Nothing });
    expect(() => r.get('map')).toThrow('unknown tile kind "map"; known kinds: clock, text');
  });
});
