import { startRtspServer } from '../test/integration/camera-helpers.js';
import { FRAGMENT_MS } from './fragment-modes.js';
import { measureWall } from './wall-run.js';

/**
 * Wall capacity (issue 3): one display page in headless Chromium with 4, 9 and 16 camera tiles of
 * 640x360 at 25 fps, all from the GStreamer RTSP server through `ioc-wall serve`. Reports decoded
 * frames per second per tile, stalls (a tile that painted nothing for 2 s) and memory.
 * BENCH_WALL_SECONDS sets the measured time; the long run with the memory trend is `soak`. Each tile
 * count runs once per BENCH_FRAGMENT_MS (the host's `cameraFragmentMs`): one fragment per frame, and
 * frames gathered into 200 ms fragments.
 */
const SECONDS = Number(process.env.BENCH_WALL_SECONDS ?? 60);

export async function run() {
  const rtsp = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: '640x360', RTSP_PATTERN: 'smpte', RTSP_KBPS: '1000' });
  const results = [];
  try {
    for (const fragmentMs of FRAGMENT_MS) {
      for (const n of (process.env.BENCH_TILES ?? '4,9,16').split(',').map(Number)) results.push(await measureWall(n, rtsp.url('/cam'), SECONDS, fragmentMs));
    }
  } finally {
    await rtsp.stop();
  }
  return {
    machine: 'the project machine (2 cores, software decoding in headless Chromium with --disable-gpu); host, RTSP server and browser share it',
    results,
    target: '16 tiles at >= 24 fps each, no stall',
  };
}
