import { describe, expect, it } from 'vitest';
import type { ConsoleWindowSpec, WallWindowSpec } from '../../common/index.js';
import { consoleWindowOptions, wallWindowOptions, webPreferences, windowKey, windowUrl } from '../../main/electron/window-options.js';

const wallSpec: WallWindowSpec = {
  kind: 'wall',
  wallId: 'main',
  row: 0,
  col: 1,
  displayId: 'r0c1',
  screenId: 12,
  bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
  kiosk: true,
};
const consoleSpec: ConsoleWindowSpec = { kind: 'console', screenId: 1, bounds: { x: 0, y: 0, width: 1920, height: 1040 } };

describe('window options', () => {
  it('keeps Electron security defaults on every window', () => {
    for (const opts of [wallWindowOptions(wallSpec, '/app/dist/preload/index.cjs'), consoleWindowOptions(consoleSpec, '/app/dist/preload/index.cjs')]) {
      expect(opts.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        preload: '/app/dist/preload/index.cjs',
      });
    }
  });

  it('keeps wall animations running when the window is not focused', () => {
    expect(webPreferences('/p.cjs').backgroundThrottling).toBe(false);
  });

  it('creates a wall window at its screen, hidden and not yet fullscreen (electron/electron#30249)', () => {
    const opts = wallWindowOptions(wallSpec, '/p.cjs');
    expect(opts).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080, show: false, kiosk: false, fullscreen: false, frame: false });
  });

  it('can turn developer tools off', () => {
    expect(webPreferences('/p.cjs', { devTools: false }).devTools).toBe(false);
  });

  it('opens the renderer on the app:// origin with the view in the query', () => {
    expect(windowUrl(wallSpec)).toBe('app://ioc/index.html?view=wall&wall=main&display=r0c1');
    expect(windowUrl(consoleSpec)).toBe('app://ioc/index.html?view=console');
    expect(windowKey(wallSpec)).toBe('wall:main/r0c1');
    expect(windowKey(consoleSpec)).toBe('console');
  });
});
