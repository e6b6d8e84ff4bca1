import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configSchema, ok, type Config } from '../../common/index.js';
import type { Host, HostOptions } from '../../main/host/host-types.js';
import { silentLogger } from '../../main/host/log.js';
import { app, dialog, FakeBrowserWindow, fakeDisplay, ipcMain, powerSaveBlocker, protocol, resetFakeElectron, screen, session } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

const { startApp, appPaths, pickWall } = await import('../../main/electron/lifecycle.js');

const config: Config = configSchema.parse({
  walls: [
    { id: 'main', name: 'Tường chính', rows: 2, cols: 2, layout: 'overview' },
    { id: 'small', name: 'Phòng họp', rows: 1, cols: 2, layout: 'overview' },
  ],
});

function fakeHost(): Host {
  return {
    config,
    origin: 'http://127.0.0.1:40123',
    call: vi.fn(async () => ok(null)) as unknown as Host['call'],
    subscribe: vi.fn(() => () => {}) as unknown as Host['subscribe'],
    displayLinks: () => [],
    consoleUrl: () => '',
    adminConsoleUrl: () => '',
    issueStreamToken: () => 't',
    cameraHealth: () => [],
    close: vi.fn(async () => {}),
  };
}

function deps(overrides: { argv?: string[]; loadConfig?: () => Promise<{ config: Config; configDir: string }> } = {}) {
  const host = fakeHost();
  const createHost = vi.fn(async (_opts: HostOptions) => host);
  const loadConfig = vi.fn(overrides.loadConfig ?? (async () => ({ config, configDir: '/etc/ioc-wall' })));
  return {
    host,
    createHost,
    loadConfig,
    deps: { loadConfig, createHost, distDir: '/opt/ioc-wall/dist/main', argv: overrides.argv ?? ['dist/main/electron.cjs'], env: {}, log: silentLogger, displayDebounceMs: 10 },
  };
}

describe('startApp', () => {
  beforeEach(() => {
    resetFakeElectron();
    screen.displays = [fakeDisplay(1, 0, 0), fakeDisplay(11, 1920, 0), fakeDisplay(12, 3840, 0), fakeDisplay(13, 1920, 1080), fakeDisplay(14, 3840, 1080)];
    screen.primaryId = 1;
  });

  it('quits a second instance before doing anything else', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    const d = deps();
    expect(await startApp(d.deps)).toBeUndefined();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(d.createHost).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('registers the app:// scheme and takes the lock before ready', async () => {
    const d = deps();
    await startApp(d.deps);
    const order = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0]!;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(order(protocol.registerSchemesAsPrivileged)).toBeLessThan(order(app.whenReady));
    expect(order(app.requestSingleInstanceLock)).toBeLessThan(order(app.whenReady));
  });

  it('starts the host, serves the renderer, blocks display sleep and opens the windows', async () => {
    const d = deps({ argv: ['dist/main/electron.cjs', '--config', '/etc/ioc-wall/config.json'] });
    const running = await startApp(d.deps);
    expect(running).toBeDefined();
    expect(d.loadConfig).toHaveBeenCalledWith('/etc/ioc-wall/config.json');
    expect(d.createHost).toHaveBeenCalledWith({ config, configDir: '/etc/ioc-wall', dataDir: '/tmp/ioc-wall-fake-user-data', port: 0 });
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(['ioc:call', 'ioc:subscribe', 'ioc:unsubscribe']);
    expect(FakeBrowserWindow.live().map((w) => w.webContents.url).sort()).toEqual([
      'app://ioc/index.html?view=console',
      'app://ioc/index.html?view=wall&wall=main&display=r0c0',
      'app://ioc/index.html?view=wall&wall=main&display=r0c1',
      'app://ioc/index.html?view=wall&wall=main&display=r1c0',
      'app://ioc/index.html?view=wall&wall=main&display=r1c1',
    ]);
    expect(FakeBrowserWindow.instances[0]!.options.webPreferences).toMatchObject({ preload: '/opt/ioc-wall/dist/preload/index.cjs', sandbox: true });
    // Every window gets hardened as Electron creates its webContents.
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('drives the wall named by --wall', async () => {
    const d = deps({ argv: ['x', '--wall=small'] });
    screen.displays = [fakeDisplay(1, 0, 0)];
    await startApp(d.deps);
    expect(FakeBrowserWindow.live().map((w) => w.webContents.url).filter((u) => u.includes('view=wall'))).toEqual([
      'app://ioc/index.html?view=wall&wall=small&display=r0c0',
      'app://ioc/index.html?view=wall&wall=small&display=r0c1',
    ]);
  });

  it('focuses the console when a second instance starts', async () => {
    await startApp(deps().deps);
    const console_ = FakeBrowserWindow.live().find((w) => w.webContents.url.endsWith('view=console'))!;
    app.emit('second-instance', {}, [], '/');
    expect(console_.focus).toHaveBeenCalled();
  });

  it('shuts the host down before quitting', async () => {
    const d = deps();
    await startApp(d.deps);
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(d.host.close).toHaveBeenCalledTimes(1);
    expect(powerSaveBlocker.stop).toHaveBeenCalledWith(7);
    expect(ipcMain.handlers.size).toBe(0);
    expect(FakeBrowserWindow.live()).toHaveLength(0);
    // The second will-quit goes through.
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('shows a bad configuration and exits with code 1', async () => {
    const d = deps({
      loadConfig: async () => {
        throw new Error('/etc/ioc-wall/config.json: invalid configuration');
      },
    });
    expect(await startApp(d.deps)).toBeUndefined();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('IOC Wall cannot start', '/etc/ioc-wall/config.json: invalid configuration');
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(d.createHost).not.toHaveBeenCalled();
  });

  it('uses --data as the user data folder, before taking the lock', async () => {
    await startApp(deps({ argv: ['x', '--data', '/var/lib/ioc-wall'] }).deps);
    expect(app.setPath).toHaveBeenCalledWith('userData', '/var/lib/ioc-wall');
    expect(app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
  });
});

describe('helpers', () => {
  it('finds the preload and the renderer beside the main bundle', () => {
    expect(appPaths('/opt/ioc-wall/dist/main')).toEqual({ preload: '/opt/ioc-wall/dist/preload/index.cjs', renderer: '/opt/ioc-wall/dist/renderer' });
  });

  it('names the known walls when asked for an unknown one', () => {
    expect(pickWall(config, undefined).id).toBe('main');
    expect(() => pickWall(config, 'nope')).toThrow(/main, small/);
  });
});
