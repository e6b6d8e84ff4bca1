import { startRtspServer } from '../test/integration/camera-helpers.js';
import { installFrameProbe, type FrameProbeResult } from './frame-probe.js';
import { FRAGMENT_MS } from './fragment-modes.js';
import { hostLogTail, openWallPage } from './wall-page.js';

/**
 * Glass-to-glass latency and time to first frame in the browser (issue 3). The RTSP camera writes
 * the time each picture is made into the picture (test/fixtures/clock_source.py); the wall page
 * reads it back from every frame it presents and subtracts it from the time the frame is expected
 * on screen. Camera, gateway and browser share this machine's clock, so no clock sync is involved.
 * BENCH_LATENCY_SECONDS sets the measured time per configuration; each runs once per BENCH_FRAGMENT_MS
 * (the host's `cameraFragmentMs`: one fragment per frame, and frames gathered into 200 ms fragments).
 */
const SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 30);

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const summary = (xs: number[]) => ({ count: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : null });
const probe = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __frameProbe: FrameProbeResult }).__frameProbe);

async function measure(n: number, rtspUrl: string, cameraFragmentMs: number) {
  const wall = await openWallPage(n, rtspUrl, { cameraFragmentMs, beforeLoad: (page) => page.addInitScript(installFrameProbe) });
  try {
    const liveAtStart = await wall.waitLive(60);
    // Cold: nothing was streaming when the page loaded, so each tile waited for its ffmpeg to start.
    const cold = (await probe(wall.page)).firstFrameMs;
    await wall.page.waitForTimeout(2000);
    const before = (await probe(wall.page)).latencies.length;
    await wall.page.waitForTimeout(SECONDS * 1000);
    const { latencies, unreadable } = await probe(wall.page);
    // Warm: the page reloads while the host still streams every camera (its grace period).
    await wall.page.reload();
    await wall.waitLive(30);
    await wall.page.waitForTimeout(1000);
    const warm = (await probe(wall.page)).firstFrameMs;
    return {
      tiles: n,
      cameraFragmentMs,
      liveAtStart,
      seconds: SECONDS,
      latencyMs: summary(latencies.slice(before)),
      unreadableFrames: unreadable,
      firstFrameFromNavigationMs: { cold: summary(cold.map(Math.round)), warm: summary(warm.map(Math.round)) },
      ...(liveAtStart < n ? { hostLogTail: hostLogTail(wall.served) } : {}),
    };
  } finally {
    await wall.close();
  }
}

export async function run() {
  const rtsp = await startRtspServer(['/cam-clock'], undefined, { RTSP_SIZE: '640x360', RTSP_KBPS: '1000' });
  const results = [];
  try {
    for (const fragmentMs of FRAGMENT_MS) {
      for (const n of (process.env.BENCH_TILES ?? '1,16').split(',').map(Number)) results.push(await measure(n, rtsp.url('/cam-clock'), fragmentMs));
    }
  } finally {
    await rtsp.stop();
  }
  return {
    machine: 'the project machine (2 cores, software decoding in headless Chromium with --disable-gpu); RTSP camera, host and browser share it',
    method: 'each frame carries the wall-clock time it was made (top strip, read back in the page); latency = expectedDisplayTime of requestVideoFrameCallback - that time. First frame: ms from the navigation start of the page to the first presented frame of each tile, cold (no upstream running) and warm (page reloaded while the host streams)',
    results,
    target: 'glass-to-glass <= 0.5 s; first frame p95 < 300 ms warm and < 1.8 s cold',
  };
}
