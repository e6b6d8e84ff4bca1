import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs } from '../playwright.config.js';
import { startServe, type ServedApp } from '../test/e2e/serve-fixture.js';

/** A square grid of `n` camera tiles, tile i showing camera `c<i>`. */
function layoutFor(n: number) {
  const side = Math.ceil(Math.sqrt(n));
  return {
    id: `luoi-${n}`,
    name: `Lưới ${n}`,
    grid: { cols: side, rows: side },
    tiles: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, kind: 'camera', x: i % side, y: Math.floor(i / side), w: 1, h: 1, options: { cameraId: `c${i}`, fit: 'contain' } })),
  };
}

export interface WallPage {
  served: ServedApp;
  browser: Browser;
  page: Page;
  /** Number of camera tiles that say they are live. */
  live(): Promise<number>;
  /** Waits up to `seconds` for every tile to be live; returns how many are. */
  waitLive(seconds: number): Promise<number>;
  close(): Promise<void>;
}

export interface WallPageOptions {
  /** Runs on the page before it navigates (init scripts, bindings). */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** Cameras c<n>, c<n+1>, ... configured but on no tile, to push onto the wall. */
  extraCameras?: number;
  /** The host's `cameraFragmentMs`: 0, one fragment per frame, unless a run compares coalescing. */
  cameraFragmentMs?: number;
}

/**
 * `ioc-wall serve` with one wall of `n` camera tiles, each its own camera pulling `rtspUrl` (so `n`
 * upstreams, as `n` real cameras), shown in a 1920x1080 page of headless Debian Chromium.
 */
export async function openWallPage(n: number, rtspUrl: string, opts: WallPageOptions = {}): Promise<WallPage> {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-bench-'));
  mkdirSync(join(dir, 'layouts'));
  writeFileSync(join(dir, 'layouts', 'bench.json'), JSON.stringify(layoutFor(n)));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      walls: [{ id: 'main', name: 'Bench', rows: 1, cols: 1, layout: `luoi-${n}` }],
      cameras: Array.from({ length: n + (opts.extraCameras ?? 0) }, (_, i) => ({ id: `c${i}`, name: `Camera ${i + 1}`, url: rtspUrl })),
      layoutDirs: ['layouts'],
      cameraFragmentMs: opts.cameraFragmentMs ?? 0,
    }),
  );
  const served = await startServe(['--config', join(dir, 'config.json')]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await opts.beforeLoad?.(page);
  await page.goto(served.app.displays[0]!.url);
  const live = () => page.evaluate(() => document.querySelectorAll('[data-tile-kind="camera"][data-state="live"]').length);
  return {
    served: served.app,
    browser,
    page,
    live,
    async waitLive(seconds) {
      // A wall that cannot bring every tile live is a result, not a crash of the benchmark.
      for (let waited = 0; waited < seconds && (await live()) < n; waited++) await page.waitForTimeout(1000);
      return live();
    },
    async close() {
      await browser.close();
      await served.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The host's last words, for a run where tiles never came live. */
export function hostLogTail(app: ServedApp, lines = 15): string[] {
  return app.logs.filter((l) => !l.includes('"level":"debug"')).slice(-lines);
}
