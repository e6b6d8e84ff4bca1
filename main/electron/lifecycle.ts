import path from 'node:path';
import { app, dialog, powerSaveBlocker, protocol, screen, session } from 'electron';
import type { Config, Wall } from '../../common/index.js';
import type { Host, HostOptions } from '../host/host-types.js';
import { createLogger, type Logger } from '../host/log.js';
import { appSchemePrivileges, APP_SCHEME, contentSecurityPolicy, createAppProtocolHandler } from './app-protocol.js';
import { parseAppArgs } from './args.js';
import { hardenSession, hardenWebContents } from './harden.js';
import { installIpcBridge, type IpcBridge } from './ipc-bridge.js';
import { attachKioskRecovery } from './kiosk-recovery.js';
import { createWindowManager, currentScreens, watchDisplays, type WindowManager } from './windows.js';

export interface AppDeps {
  /** main/host/config/load-config.ts */
  loadConfig(path?: string): Promise<{ config: Config; configDir: string }>;
  /** main/host/host.ts */
  createHost(opts: HostOptions): Promise<Host>;
  /** Folder of the main bundle (dist/main): the preload and the renderer are found beside it. */
  distDir: string;
  argv: readonly string[];
  env: Record<string, string | undefined>;
  log?: Logger;
  /** Debounce of screen events before re-planning the windows. */
  displayDebounceMs?: number;
}

export interface RunningApp {
  host: Host;
  wall: Wall;
  windows: WindowManager;
  bridge: IpcBridge;
  /** Stops everything the app started; the will-quit handler calls it. */
  shutdown(): Promise<void>;
}

export function appPaths(distDir: string): { preload: string; renderer: string } {
  return {
    preload: path.join(distDir, '..', 'preload', 'index.cjs'),
    renderer: path.join(distDir, '..', 'renderer'),
  };
}

export function pickWall(config: Config, wallId: string | undefined): Wall {
  if (!wallId) return config.walls[0]!;
  const wall = config.walls.find((w) => w.id === wallId);
  if (!wall) throw new Error(`Unknown wall "${wallId}"; configured walls: ${config.walls.map((w) => w.id).join(', ')}`);
  return wall;
}

/**
 * The desktop composition root: one instance per user data folder, the host in-process, the
 * renderer over app://, one kiosk window per wall display and a console, IPC bridged to the host.
 * Resolves to undefined when another instance already runs (this one quits) or start-up failed
 * (the error is shown and the app exits with code 1).
 */
export async function startApp(deps: AppDeps): Promise<RunningApp | undefined> {
  const log = deps.log ?? createLogger({ component: 'electron' });
  const args = parseAppArgs(deps.argv, deps.env);

  // Before ready: privileged schemes, the data folder (the single-instance lock lives in it).
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  if (args.dataDir) app.setPath('userData', path.resolve(args.dataDir));
  if (!app.requestSingleInstanceLock()) {
    log.info('another instance is running; quitting');
    app.quit();
    return undefined;
  }

  let windows: WindowManager | undefined;
  app.on('second-instance', () => {
    log.info('second instance started; focusing the console');
    windows?.focusConsole();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));

  await app.whenReady();
  hardenSession(session.defaultSession, log);

  let running: RunningApp;
  try {
    const { config, configDir } = await deps.loadConfig(args.configPath);
    const wall = pickWall(config, args.wallId);
    const host = await deps.createHost({ config, configDir, dataDir: app.getPath('userData'), port: 0 });
    const paths = appPaths(deps.distDir);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: paths.renderer, csp: contentSecurityPolicy(host.origin) }));
    const blocker = powerSaveBlocker.start('prevent-display-sleep');

    const recoveries = new Map<number, () => void>();
    windows = createWindowManager({
      wall,
      preloadPath: paths.preload,
      devTools: !app.isPackaged,
      log,
      onCreated(managed) {
        const contents = managed.window.webContents;
        recoveries.set(managed.webContentsId, attachKioskRecovery(contents, { log: log.child({ window: managed.key }) }));
        contents.once('destroyed', () => recoveries.delete(managed.webContentsId));
      },
    });
    const manager = windows;
    const bridge = installIpcBridge({ host, callerFor: (id) => manager.callerFor(id), log });
    manager.reconcile(currentScreens(screen));
    const stopWatching = watchDisplays(
      screen,
      () => {
        log.info('displays changed; re-planning windows');
        manager.reconcile(currentScreens(screen));
      },
      deps.displayDebounceMs,
    );

    let stopped: Promise<void> | undefined;
    running = {
      host,
      wall,
      windows: manager,
      bridge,
      shutdown() {
        stopped ??= (async () => {
          stopWatching();
          for (const detach of recoveries.values()) detach();
          bridge.dispose();
          if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
          manager.closeAll();
          await host.close();
        })();
        return stopped;
      },
    };
    log.info('started', { wall: wall.id, origin: host.origin, windows: manager.list().map((w) => w.key) });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error('start-up failed', { err: message });
    dialog.showErrorBox('IOC Wall cannot start', message);
    app.exit(1);
    return undefined;
  }

  app.on('window-all-closed', () => app.quit());
  let done = false;
  app.on('will-quit', (event) => {
    if (done) return;
    event.preventDefault();
    running
      .shutdown()
      .catch((err: unknown) => log.error('shutdown failed', { err: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        done = true;
        app.quit();
      });
  });
  return running;
}
