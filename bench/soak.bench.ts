import { startRtspServer } from '../test/integration/camera-helpers.js';
import { measureWall } from './wall-run.js';

/**
 * The long run (issue 3): 16 camera tiles of 640x360 at 25 fps for 30 minutes (BENCH_SOAK_SECONDS),
 * for stalls over at least 10 minutes and the memory trend of the host, its ffmpeg processes and the
 * wall page. Run it on a quiet machine: anything else on the two cores shows up as stalls.
 */
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 1800);

export async function run() {
  const rtsp = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: '640x360', RTSP_PATTERN: 'smpte', RTSP_KBPS: '1000' });
  try {
    return {
      machine: 'the project machine (2 cores, software decoding in headless Chromium with --disable-gpu); host, RTSP server and browser share it',
      result: await measureWall(Number(process.env.BENCH_TILES ?? 16), rtsp.url('/cam'), SECONDS),
      target: '16 tiles at >= 24 fps each, no stall over 10 minutes; no growth trend in memory over 30 minutes',
    };
  } finally {
    await rtsp.stop();
  }
}
