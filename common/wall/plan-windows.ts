import type { Wall } from '../schemas/wall.js';
import { displayId } from '../schemas/wall.js';
import type { Rect } from './geometry.js';

/** A physical screen as the OS reports it (the fields of Electron's Display that planning needs). */
export interface Screen {
  id: number;
  bounds: Rect;
  workArea: Rect;
  primary?: boolean;
}

export interface WallWindowSpec {
  kind: 'wall';
  wallId: string;
  row: number;
  col: number;
  displayId: string;
  screenId: number;
  bounds: Rect;
  /** Fullscreen kiosk on its own screen; false when the wall is previewed in windows on a smaller desk. */
  kiosk: boolean;
}

export interface ConsoleWindowSpec {
  kind: 'console';
  screenId: number;
  bounds: Rect;
}

export type WindowSpec = WallWindowSpec | ConsoleWindowSpec;

function byPosition(a: Screen, b: Screen): number {
  return a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x || a.id - b.id;
}

/** The primary screen, or the first one when none says it is. */
function primaryOf(screens: Screen[]): Screen {
  return screens.find((s) => s.primary) ?? screens[0]!;
}

/**
 * Plans one window per display of the wall and one console window.
 *
 * With enough screens, the wall takes the screens that are not primary (row-major, top-left
 * first: how installers cable a wall), each window a fullscreen kiosk; the console stays on the
 * primary screen. A wall PC whose only screens are the wall gets no console. With too few screens
 * the wall is previewed: its windows tile the primary screen's work area at the wall's aspect
 * ratio, and the console takes the next screen if any.
 */
export function planWindows(wall: Wall, screens: Screen[]): WindowSpec[] {
  if (screens.length === 0) return [];
  const needed = wall.rows * wall.cols;
  const primary = primaryOf(screens);
  const others = screens.filter((s) => s !== primary).sort(byPosition);

  if (others.length >= needed) {
    const wallScreens = others.slice(0, needed);
    const specs: WindowSpec[] = wallScreens.map((s, i) => {
      const row = Math.floor(i / wall.cols);
      const col = i % wall.cols;
      return { kind: 'wall', wallId: wall.id, row, col, displayId: displayId(row, col), screenId: s.id, bounds: { ...s.bounds }, kiosk: true };
    });
    specs.push({ kind: 'console', screenId: primary.id, bounds: { ...primary.workArea } });
    return specs;
  }
  if (screens.length === needed) {
    return [...screens].sort(byPosition).map((s, i) => {
      const row = Math.floor(i / wall.cols);
      const col = i % wall.cols;
      return { kind: 'wall', wallId: wall.id, row, col, displayId: displayId(row, col), screenId: s.id, bounds: { ...s.bounds }, kiosk: true };
    });
  }

  const area = primary.workArea;
  const aspect = (wall.cols * wall.display.width) / (wall.rows * wall.display.height);
  const width = Math.min(area.width, Math.floor(area.height * aspect));
  const height = Math.floor(width / aspect);
  const cellW = Math.floor(width / wall.cols);
  const cellH = Math.floor(height / wall.rows);
  const specs: WindowSpec[] = [];
  for (let row = 0; row < wall.rows; row++) {
    for (let col = 0; col < wall.cols; col++) {
      specs.push({
        kind: 'wall',
        wallId: wall.id,
        row,
        col,
        displayId: displayId(row, col),
        screenId: primary.id,
        bounds: { x: area.x + col * cellW, y: area.y + row * cellH, width: cellW, height: cellH },
        kiosk: false,
      });
    }
  }
  const consoleScreen = others[0] ?? primary;
  specs.push({ kind: 'console', screenId: consoleScreen.id, bounds: { ...consoleScreen.workArea } });
  return specs;
}
