import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../playwright.config.js';
import { startServe } from '../test/e2e/serve-fixture.js';
import { startRtspServer } from '../test/integration/camera-helpers.js';

/**
 * Wall capacity (issue 3): one display page in headless Chromium with 4, 9 and 16 camera tiles of
 * 640x360 at 25 fps, all from the GStreamer RTSP server through `ioc-wall serve`. Reports decoded
 * frames per second per tile and stalls (a tile that painted nothing for 2 s), and the page's heap.
 * BENCH_WALL_SECONDS sets the measured time (the issue asks for 10 minutes: 600).
 */
const SECONDS = Number(process.env.BENCH_WALL_SECONDS ?? 60);

function layoutFor(n: number) {
  const side = Math.ceil(Math.sqrt(n));
  return {
    id: `luoi-${n}`,
    name: `Lưới ${n}`,
    grid: { cols: side, rows: side },
    tiles: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, kind: 'camera', x: i % side, y: Math.floor(i / side), w: 1, h: 1, options: { cameraId: `c${i}`, fit: 'contain' } })),
  };
}

async function measure(n: number, rtspUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-wall-bench-'));
  mkdirSync(join(dir, 'layouts'));
  writeFileSync(join(dir, 'layouts', 'bench.json'), JSON.stringify(layoutFor(n)));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      walls: [{ id: 'main', name: 'Bench', rows: 1, cols: 1, layout: `luoi-${n}` }],
      cameras: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Camera ${i + 1}`, url: rtspUrl })),
      layoutDirs: ['layouts'],
    }),
  );
  const served = await startServe(['--config', join(dir, 'config.json')]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(served.app.displays[0]!.url);
    const live = () => page.evaluate(() => document.querySelectorAll('[data-tile-kind="camera"][data-state="live"]').length);
    // A wall that cannot bring every tile live is a result, not a crash of the benchmark.
    for (let waited = 0; waited < 60 && (await live()) < n; waited++) await page.waitForTimeout(1000);
    const liveAtStart = await live();
    await page.waitForTimeout(3000);
    const frames = () => page.evaluate(() => [...document.querySelectorAll('video')].map((v) => v.getVideoPlaybackQuality().totalVideoFrames));
    const start = await frames();
    let last = start;
    const sinceProgress = start.map(() => 0);
    let stalls = 0;
    for (let s = 0; s < SECONDS; s++) {
      await page.waitForTimeout(1000);
      const now = await frames();
      now.forEach((f, i) => {
        if (f > last[i]!) sinceProgress[i] = 0;
        else if (++sinceProgress[i]! === 2) stalls++;
      });
      last = now;
    }
    const fps = last.map((f, i) => (f - start[i]!) / SECONDS);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    return {
      tiles: n,
      liveAtStart,
      seconds: SECONDS,
      minFps: +Math.min(...fps).toFixed(1),
      meanFps: +(fps.reduce((a, b) => a + b, 0) / fps.length).toFixed(1),
      stalls,
      pageHeapMB: +(heap / 1e6).toFixed(1),
      // When tiles never came live the host's last words are the first clue.
      ...(liveAtStart < n ? { hostLogTail: served.app.logs.filter((l) => !l.includes('"level":"debug"')).slice(-15) } : {}),
    };
  } finally {
    await browser.close();
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const rtsp = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: '640x360', RTSP_PATTERN: 'smpte', RTSP_KBPS: '1000' });
  const results = [];
  try {
    for (const n of (process.env.BENCH_TILES ?? '4,9,16').split(',').map(Number)) results.push(await measure(n, rtsp.url('/cam')));
  } finally {
    await rtsp.stop();
  }
  return {
    machine: 'the project machine (2 cores, software decoding in headless Chromium with --disable-gpu); host, RTSP server and browser share it',
    results,
    target: '16 tiles at >= 24 fps each, no stall over 10 minutes',
  };
}
