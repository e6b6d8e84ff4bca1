import { BrowserWindow, type Display, type Screen as ElectronScreen } from 'electron';
import { planWindows, type Screen, type Wall, type WindowSpec } from '../../common/index.js';
import type { Caller } from '../host/caller.js';
import type { Logger } from '../host/log.js';
import { windowKey, windowOptions, windowUrl } from './window-options.js';

/** Who a window is when it calls the API. The desktop console is the local supervisor (docs/decisions/0002). */
export function callerForSpec(spec: WindowSpec): Caller {
  if (spec.kind === 'console') return { role: 'supervisor', label: 'console' };
  return { role: 'viewer', label: `display ${spec.wallId}/${spec.displayId}`, wallId: spec.wallId, displayId: spec.displayId };
}

/** Electron's displays as planWindows wants them. */
export function toScreens(displays: readonly Display[], primaryId: number | undefined): Screen[] {
  return displays.map((d) => ({ id: d.id, bounds: { ...d.bounds }, workArea: { ...d.workArea }, primary: d.id === primaryId }));
}

export function currentScreens(screen: Pick<ElectronScreen, 'getAllDisplays' | 'getPrimaryDisplay'>): Screen[] {
  return toScreens(screen.getAllDisplays(), screen.getPrimaryDisplay()?.id);
}

export interface ManagedWindow {
  key: string;
  spec: WindowSpec;
  window: BrowserWindow;
  webContentsId: number;
  caller: Caller;
}

export interface WindowManagerOptions {
  wall: Wall;
  preloadPath: string;
  devTools?: boolean;
  log: Logger;
  /** Once per new window, before its page loads: kiosk recovery and the like. */
  onCreated?(managed: ManagedWindow): void;
}

export interface WindowManager {
  /** Makes the windows match planWindows(wall, screens): closes the unplanned, moves or creates the rest. */
  reconcile(screens: Screen[]): void;
  list(): ManagedWindow[];
  callerFor(webContentsId: number): Caller | undefined;
  /** Brings the console to the front (second instance); false when there is none. */
  focusConsole(): boolean;
  closeAll(): void;
}

function sameSpec(a: WindowSpec, b: WindowSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isKiosk(spec: WindowSpec): boolean {
  return spec.kind === 'wall' && spec.kiosk;
}

export function createWindowManager(opts: WindowManagerOptions): WindowManager {
  const { log } = opts;
  const byKey = new Map<string, ManagedWindow>();
  const byContents = new Map<number, ManagedWindow>();

  /** Leave kiosk before moving, move, then kiosk again on the new screen (electron/electron#30249). */
  const place = (managed: ManagedWindow, spec: WindowSpec) => {
    const win = managed.window;
    if (win.isKiosk()) win.setKiosk(false);
    win.setBounds(spec.bounds);
    if (isKiosk(spec) && win.isVisible()) win.setKiosk(true);
  };

  const create = (spec: WindowSpec) => {
    const key = windowKey(spec);
    const win = new BrowserWindow(windowOptions(spec, opts.preloadPath, { devTools: opts.devTools ?? true }));
    const managed: ManagedWindow = { key, spec, window: win, webContentsId: win.webContents.id, caller: callerForSpec(spec) };
    byKey.set(key, managed);
    byContents.set(managed.webContentsId, managed);
    win.once('ready-to-show', () => {
      if (win.isDestroyed()) return;
      // Shown where it was created; only now, on its own screen, does it go fullscreen.
      win.setBounds(managed.spec.bounds);
      win.show();
      if (isKiosk(managed.spec)) win.setKiosk(true);
    });
    win.on('closed', () => {
      if (byKey.get(key) === managed) byKey.delete(key);
      byContents.delete(managed.webContentsId);
      log.info('window closed', { window: key });
    });
    opts.onCreated?.(managed);
    log.info('window created', { window: key, bounds: spec.bounds, kiosk: isKiosk(spec) });
    win.loadURL(windowUrl(spec)).catch((err: unknown) => {
      log.error('window failed to load', { window: key, err: err instanceof Error ? err.message : String(err) });
    });
  };

  return {
    reconcile(screens) {
      const specs = planWindows(opts.wall, screens);
      if (specs.length === 0) {
        // No screen at all (a KVM switching, every monitor asleep on some drivers): keep what is there.
        log.warn('no screens reported; windows left as they are');
        return;
      }
      const planned = new Map(specs.map((s) => [windowKey(s), s]));
      // Create and move first, close last: closing the last window first would quit the app.
      for (const [key, spec] of planned) {
        const managed = byKey.get(key);
        if (!managed || managed.window.isDestroyed()) {
          create(spec);
        } else if (!sameSpec(managed.spec, spec)) {
          log.info('window moved', { window: key, bounds: spec.bounds, kiosk: isKiosk(spec) });
          managed.spec = spec;
          place(managed, spec);
        }
      }
      for (const [key, managed] of [...byKey]) {
        if (planned.has(key)) continue;
        byKey.delete(key);
        byContents.delete(managed.webContentsId);
        log.info('window no longer planned; closing', { window: key });
        if (!managed.window.isDestroyed()) managed.window.destroy();
      }
    },
    list: () => [...byKey.values()],
    callerFor: (id) => byContents.get(id)?.caller,
    focusConsole() {
      const c = byKey.get('console');
      if (!c || c.window.isDestroyed()) return false;
      if (c.window.isMinimized()) c.window.restore();
      c.window.show();
      c.window.focus();
      return true;
    },
    closeAll() {
      for (const managed of byKey.values()) if (!managed.window.isDestroyed()) managed.window.destroy();
      byKey.clear();
      byContents.clear();
    },
  };
}

export type ScreenEvents = Pick<ElectronScreen, 'on' | 'removeListener'>;

/**
 * Calls onChange once a burst of display-added / display-removed / display-metrics-changed has
 * settled (a monitor being plugged fires several). Returns a function that stops watching.
 */
export function watchDisplays(screen: ScreenEvents, onChange: () => void, debounceMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  };
  screen.on('display-added', changed);
  screen.on('display-removed', changed);
  screen.on('display-metrics-changed', changed);
  return () => {
    if (timer) clearTimeout(timer);
    screen.removeListener('display-added', changed);
    screen.removeListener('display-removed', changed);
    screen.removeListener('display-metrics-changed', changed);
  };
}
