import type { Page } from 'playwright-core';
import { startRtspServer } from '../test/integration/camera-helpers.js';
import { apiCall } from '../test/e2e/api-call.js';
import { installSwitchProbe, type SwitchProbeEntry } from './switch-probe.js';
import { openWallPage, type WallPage } from './wall-page.js';

/**
 * Push to wall, as an operator does it (issue 3): the time from the `walls.pushCamera` call to the
 * first frame of the pushed camera on the wall tile, in headless Chromium through `ioc-wall serve`.
 * Warm: the camera is already streaming (it is on another tile of the wall). Cold: nothing streams it.
 * Four tiles of 640x360 at 25 fps; the pushes go to tile t0.
 */
const WARM_TRIALS = Number(process.env.BENCH_SWITCH_WARM ?? 20);
const COLD_TRIALS = Number(process.env.BENCH_SWITCH_COLD ?? 6);
const TILES = 4;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const summary = (xs: number[]) => ({ trials: xs.length, p50Ms: percentile(xs, 50), p95Ms: percentile(xs, 95), maxMs: Math.max(...xs) });
const entries = (page: Page) => page.evaluate(() => (window as unknown as { __switchProbe: SwitchProbeEntry[] }).__switchProbe);

/** Milliseconds from the push to the first frame of `cameraId` on tile t0. */
async function push(wall: WallPage, cameraId: string): Promise<number> {
  const pushedAt = Date.now();
  const r = await apiCall(wall.served.consoleUrl, 'walls.pushCamera', { wallId: 'main', tileId: 't0', cameraId });
  if (!r.ok) throw new Error(`walls.pushCamera ${cameraId}: ${r.error.message}`);
  for (let waited = 0; waited < 15_000; waited += 20) {
    const hit = (await entries(wall.page)).find((e) => e.tileId === 't0' && e.cameraId === cameraId && e.sourceAt >= pushedAt);
    if (hit) return Math.round(hit.firstFrameAt - pushedAt);
    await wall.page.waitForTimeout(20);
  }
  throw new Error(`no frame of ${cameraId} on tile t0 within 15 s of the push`);
}

export async function run() {
  const rtsp = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: '640x360', RTSP_KBPS: '1000' });
  const wall = await openWallPage(TILES, rtsp.url('/cam'), { extraCameras: COLD_TRIALS, beforeLoad: (page) => page.addInitScript(installSwitchProbe) });
  try {
    const live = await wall.waitLive(60);
    if (live < TILES) throw new Error(`only ${live} of ${TILES} tiles came live`);
    await wall.page.waitForTimeout(2000);
    const warm: number[] = [];
    for (let i = 0; i < WARM_TRIALS; i++) {
      // Cameras c1..c3 play on tiles t1..t3: each is streaming when pushed onto t0.
      warm.push(await push(wall, `c${1 + (i % (TILES - 1))}`));
      await wall.page.waitForTimeout(500);
    }
    const cold: number[] = [];
    for (let i = 0; i < COLD_TRIALS; i++) {
      // Cameras c4.. are on no tile and were never asked for.
      cold.push(await push(wall, `c${TILES + i}`));
      await wall.page.waitForTimeout(500);
    }
    return {
      machine: 'the project machine (2 cores, software decoding in headless Chromium with --disable-gpu); RTSP camera, host and browser share it',
      method: 'Date.now() before the walls.pushCamera call (a fresh API socket, as a console call) to the expected display time of the first frame of the new source on the tile (requestVideoFrameCallback), both on this machine\'s clock',
      warm: summary(warm),
      cold: summary(cold),
      samplesMs: { warm, cold },
      target: 'warm (camera already streaming) p95 < 300 ms, cold p95 < 1.8 s',
    };
  } finally {
    await wall.close();
    await rtsp.stop();
  }
}
