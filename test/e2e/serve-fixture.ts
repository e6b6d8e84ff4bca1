import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base } from '@playwright/test';

export interface ServedApp {
  origin: string;
  displays: { wallId: string; displayId: string; url: string }[];
  consoleUrl: string;
  /** The console with the administrator role, printed only when serve runs with --admin. */
  adminUrl?: string;
  /** The host's stderr (JSON log lines), for assertions and for failure reports. */
  logs: string[];
}

/**
 * Starts `ioc-wall serve` exactly as a user would (the built CLI, the embedded demo, a fresh data
 * folder, a free port) and reads its stable stdout interface.
 */
export async function startServe(args: string[] = []): Promise<{ app: ServedApp; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ioc-wall-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['bin/ioc-wall.mjs', 'serve', '--data', dataDir, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => logs.push(l));
  const app = await new Promise<ServedApp>((resolve, reject) => {
    const partial: ServedApp = { origin: '', displays: [], consoleUrl: '', logs };
    const timer = setTimeout(() => reject(new Error(`serve did not print its URLs in time:\n${logs.join('\n')}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${logs.join('\n')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [kind, a, b] = line.split(' ');
      if (kind === 'ready') partial.origin = a!;
      if (kind === 'display') {
        const [wallId, displayId] = a!.split('/');
        partial.displays.push({ wallId: wallId!, displayId: displayId!, url: b! });
      }
      if (kind === 'admin') partial.adminUrl = a!;
      if (kind === 'console') {
        partial.consoleUrl = a!;
        clearTimeout(timer);
        resolve(partial);
      }
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { app, stop };
}

/** `ioc-wall serve --config` with `config` written to a temporary file, removed again by `stop`. */
export async function startServeWithConfig(config: object, args: string[] = []): Promise<{ app: ServedApp; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-config-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  try {
    const served = await startServe(['--config', join(dir, 'config.json'), ...args]);
    return {
      app: served.app,
      stop: async () => {
        await served.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

export const test = base.extend<object, { served: ServedApp }>({
  served: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { app, stop } = await startServe();
      await use(app);
      await stop();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
