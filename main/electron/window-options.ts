import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { ConsoleWindowSpec, WallWindowSpec, WindowSpec } from '../../common/index.js';
import { APP_ORIGIN } from './app-protocol.js';

/** Like Electron Fiddle's getMainWindowOptions(): pure, so a test can assert the security settings. */
export function webPreferences(preloadPath: string, opts: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // A wall window is never focused, yet its clocks, charts and video must keep moving.
    backgroundThrottling: false,
    devTools: opts.devTools ?? true,
  };
}

/**
 * A wall display's window. Created at the screen's bounds, not fullscreen: the window manager
 * turns kiosk on after placing it (electron/electron#30249: a window created fullscreen lands on
 * the primary screen).
 */
export function wallWindowOptions(spec: WallWindowSpec, preloadPath: string, opts: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    ...spec.bounds,
    show: false,
    // Frameless in preview too: the tiles then read as one small wall, and a plan change never has
    // to recreate a window to add or drop its frame.
    frame: false,
    kiosk: false,
    fullscreen: false,
    fullscreenable: true,
    autoHideMenuBar: true,
    skipTaskbar: spec.kiosk,
    backgroundColor: '#000000',
    title: `IOC Wall ${spec.wallId}/${spec.displayId}`,
    webPreferences: webPreferences(preloadPath, opts),
  };
}

export function consoleWindowOptions(spec: ConsoleWindowSpec, preloadPath: string, opts: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    ...spec.bounds,
    show: false,
    minWidth: 800,
    minHeight: 600,
    autoHideMenuBar: true,
    backgroundColor: '#111418',
    title: 'IOC Wall - Console',
    webPreferences: webPreferences(preloadPath, opts),
  };
}

export function windowOptions(spec: WindowSpec, preloadPath: string, opts: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  return spec.kind === 'wall' ? wallWindowOptions(spec, preloadPath, opts) : consoleWindowOptions(spec, preloadPath, opts);
}

/** The page a window loads: the same renderer, told which view to show. */
export function windowUrl(spec: WindowSpec): string {
  if (spec.kind === 'console') return `${APP_ORIGIN}/index.html?view=console`;
  const q = new URLSearchParams({ view: 'wall', wall: spec.wallId, display: spec.displayId });
  return `${APP_ORIGIN}/index.html?${q.toString()}`;
}

/** Stable key of a planned window, used to reconcile plans: "wall:main/r0c1", "console". */
export function windowKey(spec: WindowSpec): string {
  return spec.kind === 'console' ? 'console' : `wall:${spec.wallId}/${spec.displayId}`;
}
