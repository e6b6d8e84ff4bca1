/**
 * A small stand-in for the `electron` module, for `vi.mock('electron', () => import('./fake-electron.js'))`.
 * This machine has no Electron binary; these fakes record what main/electron asks of Electron.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  destroyed = false;
  send = vi.fn();
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  setWindowOpenHandler = vi.fn();
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  bounds: Rect;
  kiosk = false;
  visible = false;
  minimized = false;
  destroyed = false;
  /** Every call in order, for placement assertions: ["setBounds", "setKiosk:true", ...]. */
  readonly ops: string[] = [];
  loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  focus = vi.fn();

  constructor(readonly options: Record<string, unknown> & Partial<Rect>) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
  }
  setBounds(b: Rect): void {
    this.ops.push('setBounds');
    this.bounds = { ...b };
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  isKiosk(): boolean {
    return this.kiosk;
  }
  setKiosk(v: boolean): void {
    this.ops.push(`setKiosk:${v}`);
    this.kiosk = v;
  }
  show(): void {
    this.ops.push('show');
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
  /** What Electron does once the page painted. */
  ready(): void {
    this.emit('ready-to-show');
  }
  static live(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
}
export const BrowserWindow = FakeBrowserWindow;

class FakeApp extends EventEmitter {
  isPackaged = false;
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(async () => {});
  getPath = vi.fn((_name: string) => '/tmp/ioc-wall-fake-user-data');
  setPath = vi.fn();
}
export const app = new FakeApp();

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } };
export const powerSaveBlocker = { start: vi.fn((_type: string) => 7), stop: vi.fn(), isStarted: vi.fn(() => true) };
export const dialog = { showErrorBox: vi.fn() };

export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

/** A display of 1920x1080 at (x, y), with a 40 px task bar. */
export function fakeDisplay(id: number, x: number, y: number): FakeDisplay {
  return { id, bounds: { x, y, width: 1920, height: 1080 }, workArea: { x, y, width: 1920, height: 1040 } };
}

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [];
  primaryId = 0;
  getAllDisplays = () => this.displays.map((d) => ({ ...d }));
  getPrimaryDisplay = () => this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]!;
}
export const screen = new FakeScreen();

type Handler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, fn: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, fn);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })), on: vi.fn() };

/** Fresh state between tests. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.requestSingleInstanceLock.mockImplementation(() => true);
  screen.removeAllListeners();
  screen.displays = [];
  screen.primaryId = 0;
  ipcMain.handlers.clear();
  FakeBrowserWindow.instances.length = 0;
}
