/**
 * The desktop app end to end, in a real Electron: needs the built app (npm run build) and an
 * Electron binary. Machines without the binary report these tests as skipped, with the reason.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { methodNames } from '../../common/api/contract.js';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The binary the electron package would return, or why there is none. `require('electron')` is
 * avoided on purpose: when the binary is missing, the package's index.js starts a download.
 */
function electronBinary(): { path: string } | { reason: string } {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathTxt = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathTxt) && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return { reason: 'node_modules/electron has only its types: the binary was never downloaded (no path.txt)' };
  const rel = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : 'electron';
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : path.join(pkgDir, 'dist', rel);
  return existsSync(binary) ? { path: binary } : { reason: `the Electron binary is missing: ${binary}` };
}

const binary = electronBinary();
const mainBundle = path.join(root, 'dist', 'main', 'electron.cjs');

test.describe('desktop app', () => {
  test.skip('reason' in binary, `No Electron binary on this machine: ${'reason' in binary ? binary.reason : ''}`);
  test.skip(!existsSync(mainBundle), `The app is not built: ${mainBundle} is missing (npm run build)`);

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ioc-wall-e2e-'));
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      // Demo configuration: one 2x2 wall. On a desk with one screen the wall is previewed in four
      // windows beside the console; on a desk with a screen per display it is a kiosk wall.
      args: [mainBundle, '--data', dataDir],
      cwd: root,
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function windowsByView(): Promise<Map<string, Page>> {
    const out = new Map<string, Page>();
    for (const page of app.windows()) {
      const u = new URL(page.url());
      const view = u.searchParams.get('view');
      if (view === 'console') out.set('console', page);
      if (view === 'wall') out.set(`wall:${u.searchParams.get('wall')}/${u.searchParams.get('display')}`, page);
    }
    return out;
  }

  test('opens the console and the four wall windows', async () => {
    await expect.poll(async () => [...(await windowsByView()).keys()].sort(), { timeout: 30_000 }).toEqual([
      'console',
      'wall:main/r0c0',
      'wall:main/r0c1',
      'wall:main/r1c0',
      'wall:main/r1c1',
    ]);
    for (const page of app.windows()) expect(page.url()).toMatch(/^app:\/\/ioc\/index\.html\?/);
  });

  test('a wall window shows its tiles', async () => {
    const page = (await windowsByView()).get('wall:main/r0c0');
    expect(page).toBeDefined();
    await page!.locator('[data-tile-id]').first().waitFor({ timeout: 30_000 });
    expect(await page!.locator('[data-tile-id]').count()).toBeGreaterThan(0);
  });

  test('pages get the bridge and nothing of Node or Electron', async () => {
    const page = (await windowsByView()).get('console')!;
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        bridge: Object.keys((w.iocWall as object | undefined) ?? {}).sort(),
        require: typeof w.require,
        process: typeof w.process,
        ipcRenderer: typeof w.ipcRenderer,
      };
    });
    expect(seen).toEqual({ bridge: ['methods', 'subscribe'], require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });
    type Bridge = { iocWall: { methods: Record<string, (input: unknown) => Promise<unknown>> } };
    const names = await page.evaluate(() => Object.keys((window as unknown as Bridge).iocWall.methods));
    expect(names).toEqual(methodNames);
    const who = await page.evaluate(() => (window as unknown as Bridge).iocWall.methods['session.whoami']!({}));
    expect(who).toMatchObject({ ok: true, value: { role: 'supervisor', streamToken: expect.any(String), streamOrigin: expect.stringMatching(/^ws:\/\//) } });
  });

  test('navigation away from the app is denied', async () => {
    const page = (await windowsByView()).get('wall:main/r0c0')!;
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/ioc\//);
  });
});
