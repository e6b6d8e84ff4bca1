import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wallSchema } from '../../common/index.js';
import { silentLogger } from '../../main/host/log.js';
import { FakeBrowserWindow, fakeDisplay, resetFakeElectron, screen } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

const { callerForSpec, createWindowManager, currentScreens, watchDisplays } = await import('../../main/electron/windows.js');
type ElectronScreen = Parameters<typeof currentScreens>[0] & Parameters<typeof watchDisplays>[0];
const electronScreen = screen as unknown as ElectronScreen;

const wall = wallSchema.parse({ id: 'main', name: 'Tường chính', rows: 2, cols: 2, layout: 'overview' });
const desk = fakeDisplay(1, 0, 0);
const wallDisplays = [fakeDisplay(11, 1920, 0), fakeDisplay(12, 3840, 0), fakeDisplay(13, 1920, 1080), fakeDisplay(14, 3840, 1080)];

function byUrl(): Map<string, FakeBrowserWindow> {
  return new Map(FakeBrowserWindow.live().map((w) => [w.webContents.url, w]));
}

describe('window manager', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  function start() {
    const manager = createWindowManager({ wall, preloadPath: '/dist/preload/index.cjs', log: silentLogger });
    const stop = watchDisplays(electronScreen, () => manager.reconcile(currentScreens(electronScreen)), 300);
    manager.reconcile(currentScreens(electronScreen));
    for (const w of FakeBrowserWindow.live()) w.ready();
    return { manager, stop };
  }

  it('opens a kiosk window per wall display at its screen and a console on the primary', () => {
    screen.displays = [desk, ...wallDisplays];
    screen.primaryId = 1;
    const { manager } = start();
    const windows = byUrl();
    expect([...windows.keys()].sort()).toEqual([
      'app://ioc/index.html?view=console',
      'app://ioc/index.html?view=wall&wall=main&display=r0c0',
      'app://ioc/index.html?view=wall&wall=main&display=r0c1',
      'app://ioc/index.html?view=wall&wall=main&display=r1c0',
      'app://ioc/index.html?view=wall&wall=main&display=r1c1',
    ]);
    const r1c1 = windows.get('app://ioc/index.html?view=wall&wall=main&display=r1c1')!;
    expect(r1c1.options).toMatchObject({ x: 3840, y: 1080, width: 1920, height: 1080, kiosk: false, fullscreen: false });
    // Placed, shown, then kiosk: never created fullscreen (electron/electron#30249).
    expect(r1c1.ops).toEqual(['setBounds', 'show', 'setKiosk:true']);
    expect(r1c1.kiosk).toBe(true);
    const console_ = windows.get('app://ioc/index.html?view=console')!;
    expect(console_.kiosk).toBe(false);
    expect(manager.callerFor(console_.webContents.id)).toEqual({ role: 'supervisor', label: 'console' });
    expect(manager.callerFor(r1c1.webContents.id)).toEqual({ role: 'viewer', label: 'display main/r1c1', wallId: 'main', displayId: 'r1c1' });
    expect(manager.callerFor(9999)).toBeUndefined();
  });

  it('re-plans on display-added: a one-screen preview becomes a kiosk wall', () => {
    screen.displays = [desk];
    screen.primaryId = 1;
    start();
    expect(FakeBrowserWindow.live()).toHaveLength(5);
    expect(FakeBrowserWindow.live().every((w) => !w.kiosk)).toBe(true);
    const previewR0c0 = byUrl().get('app://ioc/index.html?view=wall&wall=main&display=r0c0')!;

    // Four monitors come up one after the other: one re-plan once they settle.
    for (const d of wallDisplays) {
      screen.displays = [...screen.displays, d];
      screen.emit('display-added', {}, d);
    }
    vi.advanceTimersByTime(299);
    expect(previewR0c0.bounds.x).toBe(0);
    vi.advanceTimersByTime(1);

    const windows = byUrl();
    expect(windows.size).toBe(5);
    // The same window moved (no reload), then went kiosk on its new screen.
    const r0c0 = windows.get('app://ioc/index.html?view=wall&wall=main&display=r0c0')!;
    expect(r0c0).toBe(previewR0c0);
    expect(r0c0.bounds).toEqual({ x: 1920, y: 0, width: 1920, height: 1080 });
    expect(r0c0.kiosk).toBe(true);
    expect(windows.get('app://ioc/index.html?view=wall&wall=main&display=r1c1')!.bounds).toEqual({ x: 3840, y: 1080, width: 1920, height: 1080 });
    expect(FakeBrowserWindow.instances).toHaveLength(5);
  });

  it('re-plans on display-removed: the console goes when only the wall screens remain', () => {
    screen.displays = [desk, ...wallDisplays];
    screen.primaryId = 1;
    start();
    const r0c0 = byUrl().get('app://ioc/index.html?view=wall&wall=main&display=r0c0')!;
    const opsBefore = r0c0.ops.length;
    screen.displays = [...wallDisplays];
    screen.primaryId = 11;
    screen.emit('display-removed', {}, desk);
    vi.advanceTimersByTime(300);
    const windows = byUrl();
    expect(windows.has('app://ioc/index.html?view=console')).toBe(false);
    expect(windows.size).toBe(4);
    // The wall screens did not change: their windows are left alone.
    expect(r0c0.destroyed).toBe(false);
    expect(r0c0.ops).toHaveLength(opsBefore);
    expect(r0c0.kiosk).toBe(true);
  });

  it('moves windows on display-metrics-changed and recreates a window someone closed', () => {
    screen.displays = [desk, ...wallDisplays];
    screen.primaryId = 1;
    start();
    const r1c0 = byUrl().get('app://ioc/index.html?view=wall&wall=main&display=r1c0')!;
    r1c0.destroy();
    // r0c1's monitor switches to 4K.
    screen.displays = [desk, ...wallDisplays.map((d) => (d.id === 12 ? { ...d, bounds: { ...d.bounds, width: 3840, height: 2160 } } : d))];
    screen.emit('display-metrics-changed', {}, screen.displays[2], ['bounds']);
    vi.advanceTimersByTime(300);
    const windows = byUrl();
    expect(windows.size).toBe(5);
    const r0c1 = windows.get('app://ioc/index.html?view=wall&wall=main&display=r0c1')!;
    expect(r0c1.ops.slice(-3)).toEqual(['setKiosk:false', 'setBounds', 'setKiosk:true']);
    expect(r0c1.bounds.width).toBe(3840);
    const recreated = windows.get('app://ioc/index.html?view=wall&wall=main&display=r1c0')!;
    expect(recreated).not.toBe(r1c0);
  });

  it('keeps the windows when the OS reports no screen at all', () => {
    screen.displays = [desk, ...wallDisplays];
    screen.primaryId = 1;
    start();
    screen.displays = [];
    screen.emit('display-removed', {}, desk);
    vi.advanceTimersByTime(300);
    expect(FakeBrowserWindow.live()).toHaveLength(5);
  });

  it('stops listening to the screen', () => {
    screen.displays = [desk];
    screen.primaryId = 1;
    const { stop } = start();
    stop();
    expect(screen.listenerCount('display-added')).toBe(0);
    expect(screen.listenerCount('display-removed')).toBe(0);
    expect(screen.listenerCount('display-metrics-changed')).toBe(0);
  });

  it('focuses the console, restoring it when minimized', () => {
    screen.displays = [desk];
    screen.primaryId = 1;
    const { manager } = start();
    const console_ = byUrl().get('app://ioc/index.html?view=console')!;
    console_.minimized = true;
    expect(manager.focusConsole()).toBe(true);
    expect(console_.minimized).toBe(false);
    expect(console_.focus).toHaveBeenCalled();
  });

  it('maps specs to callers', () => {
    expect(callerForSpec({ kind: 'console', screenId: 1, bounds: { x: 0, y: 0, width: 1, height: 1 } }).role).toBe('supervisor');
  });
});
