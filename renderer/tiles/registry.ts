import type { ComponentType } from 'react';
import type { TileKind, TileOf, TileOptions, tileOptionsSchemas } from '../../common/index.js';

/** Where a tile is drawn: the wall is read-only and read from across the room; the console is operated. */
export type TileMode = 'wall' | 'console';

export interface TileProps<K extends TileKind> {
  tile: TileOf<K>;
  /** Already parsed by the kind's schema, defaults applied. */
  options: TileOptions<K>;
  mode: TileMode;
}

export interface TileDefinition<K extends TileKind> {
  kind: K;
  /** i18n key of the kind's display name; the kind itself is what layouts store. */
  name: string;
  optionsSchema: (typeof tileOptionsSchemas)[K];
  Component: ComponentType<TileProps<K>>;
}

// The map holds every kind; callers get back the definition of the kind they asked for.
type AnyTileDefinition = TileDefinition<TileKind>;

export interface TileRegistry {
  define<K extends TileKind>(def: TileDefinition<K>): TileDefinition<K>;
  /** Throws for a kind nobody defined, naming the kinds that exist. */
  get(kind: string): AnyTileDefinition;
  kinds(): string[];
}

export function createTileRegistry(): TileRegistry {
  const defs = new Map<string, AnyTileDefinition>();
  return {
    define(def) {
      if (defs.has(def.kind)) throw new Error(`tile kind "${def.kind}" is already defined`);
      defs.set(def.kind, def as unknown as AnyTileDefinition);
      return def;
    },
    get(kind) {
      const def = defs.get(kind);
      if (!def) throw new Error(`unknown tile kind "${kind}"; known kinds: ${[...defs.keys()].sort().join(', ') || '(none)'}`);
      return def;
    },
    kinds: () => [...defs.keys()].sort(),
  };
}

/** The registry the app draws with; each tile folder defines its kind here. */
export const tileRegistry = createTileRegistry();

export function defineTile<K extends TileKind>(def: TileDefinition<K>): TileDefinition<K> {
  return tileRegistry.define(def);
}
