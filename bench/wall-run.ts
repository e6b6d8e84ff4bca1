import { sampleMemory, slopePerHour, type MemorySample } from './process-memory.js';
import { hostLogTail, openWallPage } from './wall-page.js';

const SAMPLE_EVERY_S = 30;

/**
 * One wall page of `n` camera tiles, measured for `seconds`: decoded frames per second per tile,
 * stalls (a tile that painted no new frame for 2 s), and every 30 s the private resident memory of the
 * host, its ffmpeg processes and Chromium's renderers, with the page's JS heap.
 */
export async function measureWall(n: number, rtspUrl: string, seconds: number, cameraFragmentMs = 0) {
  const wall = await openWallPage(n, rtspUrl, { cameraFragmentMs });
  const { page } = wall;
  try {
    const liveAtStart = await wall.waitLive(60);
    await page.waitForTimeout(3000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMB = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return +((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6).toFixed(1);
    };
    const frames = () => page.evaluate(() => [...document.querySelectorAll('video')].map((v) => v.getVideoPlaybackQuality().totalVideoFrames));
    const start = await frames();
    let last = start;
    const sinceProgress = start.map(() => 0);
    let stalls = 0;
    const memory: (MemorySample & { pageHeapMB: number })[] = [];
    for (let s = 0; s < seconds; s++) {
      if (s % SAMPLE_EVERY_S === 0) memory.push({ ...sampleMemory(s), pageHeapMB: await heapMB() });
      await page.waitForTimeout(1000);
      const now = await frames();
      now.forEach((f, i) => {
        if (f > last[i]!) sinceProgress[i] = 0;
        else if (++sinceProgress[i]! === 2) stalls++;
      });
      last = now;
    }
    memory.push({ ...sampleMemory(seconds), pageHeapMB: await heapMB() });
    const fps = last.map((f, i) => (f - start[i]!) / seconds);
    return {
      tiles: n,
      cameraFragmentMs,
      liveAtStart,
      seconds,
      minFps: +Math.min(...fps).toFixed(1),
      meanFps: +(fps.reduce((a, b) => a + b, 0) / fps.length).toFixed(1),
      stalls,
      memory: memoryReport(memory),
      ...(liveAtStart < n ? { hostLogTail: hostLogTail(wall.served) } : {}),
    };
  } finally {
    await wall.close();
  }
}

type Sample = MemorySample & { pageHeapMB: number };
const KEYS = ['hostMB', 'ffmpegMB', 'rendererMB', 'pageHeapMB'] as const;

/**
 * First and last value of each memory figure, and its least-squares trend in MB per hour over the
 * samples after the first fifth of the run (start-up fills caches and buffers; that is not growth).
 */
function memoryReport(samples: Sample[]) {
  const settled = samples.filter((s) => s.t >= samples[samples.length - 1]!.t / 5);
  return {
    samples,
    ...Object.fromEntries(
      KEYS.map((k) => [k, { first: samples[0]![k], last: samples[samples.length - 1]![k], trendMBPerHour: +slopePerHour(settled.map((s) => ({ t: s.t, y: s[k] }))).toFixed(2) }]),
    ),
  };
}
