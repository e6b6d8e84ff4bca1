import type { StateCreator } from 'zustand/vanilla';
import { formatIssues, wallSchema, type Wall } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

export interface WallsSlice {
  walls: Record<string, Wall>;
  setWalls(list: readonly unknown[]): void;
  upsertWall(raw: unknown): void;
}

export const wallsInitial = (): Pick<WallsSlice, 'walls'> => ({ walls: {} });

/** The host validated it already; a wall that still fails is ignored so the display keeps its last good state. */
function parseWall(raw: unknown): Wall | undefined {
  const parsed = wallSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`ioc-wall: ignoring an invalid wall\n${formatIssues(parsed.error)}`);
  return undefined;
}

export const createWallsSlice: StateCreator<AppState, [], [], WallsSlice> = (set) => ({
  ...wallsInitial(),
  setWalls: (list) =>
    set((s) => {
      const walls: Record<string, Wall> = {};
      for (const raw of list) {
        const wall = parseWall(raw);
        if (wall) walls[wall.id] = wall;
      }
      // An invalid copy of a known wall must not make it vanish.
      for (const raw of list) {
        const id = (raw as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && !walls[id] && s.walls[id]) walls[id] = s.walls[id];
      }
      return { walls };
    }),
  upsertWall: (raw) => {
    const wall = parseWall(raw);
    if (wall) set((s) => ({ walls: { ...s.walls, [wall.id]: wall } }));
  },
});
