import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

type Found = { path: string } | { reason: string };
interface StartModule {
  findElectronBinary(opts: { from?: string; env?: Record<string, string | undefined>; exists?: (p: string) => boolean; read?: (p: string) => string }): Found;
  parseServeLine(line: string): unknown;
  tileBrowserWindows(
    displays: { wallId: string; displayId: string; url: string }[],
    consoleUrl: string | undefined,
    screen: { width: number; height: number },
  ): { url: string; x: number; y: number; width: number; height: number }[];
  findChromium(opts: { env?: Record<string, string | undefined>; platform?: string; exists?: (p: string) => boolean }): Found;
}

const root = path.resolve(import.meta.dirname, '../..');
// A variable specifier: bin/start.mjs is plain JavaScript outside the TypeScript project.
const startUrl = pathToFileURL(path.join(root, 'bin', 'start.mjs')).href;
const start = (await import(startUrl)) as StartModule;

describe('bin/start.mjs', () => {
  it('finds the Electron binary the way the electron package does, without downloading', () => {
    const none = start.findElectronBinary({ from: root, env: {}, read: () => { throw new Error('ENOENT'); } });
    expect(none).toEqual({ reason: expect.stringMatching(/no path\.txt/) });
    const missing = start.findElectronBinary({ from: root, env: {}, read: () => 'electron', exists: () => false });
    expect('reason' in missing && missing.reason).toMatch(/binary is missing/);
    const found = start.findElectronBinary({ from: root, env: {}, read: () => 'electron\n', exists: () => true });
    // Resolved as Node resolves it: node_modules may be a link to a shared install.
    expect(found).toEqual({ path: path.join(realpathSync(path.join(root, 'node_modules', 'electron')), 'dist', 'electron') });
    const override = start.findElectronBinary({ from: root, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, read: () => 'electron', exists: (p) => p === '/opt/e/electron' });
    expect(override).toEqual({ path: '/opt/e/electron' });
    expect(start.findElectronBinary({ from: '/', env: {} })).toEqual({ reason: 'the electron package is not installed' });
  });


  it('parses the serve lines', () => {
    expect(start.parseServeLine('ready http://127.0.0.1:8720')).toEqual({ kind: 'ready', origin: 'http://127.0.0.1:8720' });
    expect(start.parseServeLine('display main/r0c1 http://127.0.0.1:8720/?view=wall&token=abc')).toEqual({
      kind: 'display',
      wallId: 'main',
      displayId: 'r0c1',
      url: 'http://127.0.0.1:8720/?view=wall&token=abc',
    });
    expect(start.parseServeLine('console http://127.0.0.1:8720/?view=console&token=x')).toEqual({ kind: 'console', url: 'http://127.0.0.1:8720/?view=console&token=x' });
    expect(start.parseServeLine('{"level":"info"}')).toBeUndefined();
  });

  it('tiles a 2x2 wall and the console on one screen without overlap', () => {
    const displays = ['r0c0', 'r0c1', 'r1c0', 'r1c1'].map((displayId) => ({ wallId: 'main', displayId, url: `u-${displayId}` }));
    const tiles = start.tileBrowserWindows(displays, 'u-console', { width: 1920, height: 1080 });
    expect(tiles).toHaveLength(5);
    const [a, b, c, d, con] = tiles;
    expect(a).toMatchObject({ url: 'u-r0c0', x: 0, y: 0 });
    expect(b!.x).toBe(a!.width);
    expect(c!.y).toBe(a!.height);
    expect(d).toMatchObject({ x: a!.width, y: a!.height });
    expect(a!.width * 2).toBeLessThanOrEqual(1280);
    expect(a!.height * 2).toBeLessThanOrEqual(1080);
    expect(con).toEqual({ url: 'u-console', x: 1280, y: 0, width: 640, height: 1080 });
  });

  it('needs a graphical session and a Chromium to open windows', () => {
    expect(start.findChromium({ env: {}, platform: 'linux', exists: () => true })).toEqual({ reason: expect.stringMatching(/DISPLAY/) });
    expect(start.findChromium({ env: { DISPLAY: ':0', CHROME_PATH: '/x/chrome' }, platform: 'linux', exists: (p) => p === '/x/chrome' })).toEqual({ path: '/x/chrome' });
    expect(start.findChromium({ env: { WAYLAND_DISPLAY: 'wayland-0', PATH: '/usr/local/bin' }, platform: 'linux', exists: (p) => p === '/usr/local/bin/chromium-browser' })).toEqual({
      path: '/usr/local/bin/chromium-browser',
    });
    expect(start.findChromium({ env: { DISPLAY: ':0' }, platform: 'linux', exists: () => false })).toEqual({ reason: expect.stringMatching(/CHROME_PATH/) });
  });
});
