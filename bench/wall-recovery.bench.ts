import { startRtspServer, type RtspServer } from '../test/integration/camera-helpers.js';
import { openWallPage, type WallPage } from './wall-page.js';

/**
 * Recovery as the control room sees it (issue 3): a wall page of four camera tiles in headless
 * Chromium through `ioc-wall serve`, their RTSP server killed and started again on the same port, or
 * frozen (SIGSTOP) and resumed (SIGCONT). Seconds until every tile says offline, and until every tile
 * is live and painting again, with no page reload.
 */
const TILES = 4;
const TRIALS = Number(process.env.BENCH_RECOVERY_TRIALS ?? 3);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const tileStates = (wall: WallPage) => wall.page.evaluate(() => [...document.querySelectorAll('[data-tile-kind="camera"]')].map((t) => t.getAttribute('data-state')));
const frames = (wall: WallPage) => wall.page.evaluate(() => [...document.querySelectorAll('video')].map((v) => v.getVideoPlaybackQuality().totalVideoFrames));

/** Seconds from `since` until `done` holds, polled every 50 ms, or null after `limitS`. */
async function secondsUntil(done: () => Promise<boolean>, since: number, limitS = 30): Promise<number | null> {
  while (!(await done())) {
    if (performance.now() - since > limitS * 1000) return null;
    await sleep(50);
  }
  return +((performance.now() - since) / 1000).toFixed(2);
}

async function playing(wall: WallPage): Promise<boolean> {
  if ((await tileStates(wall)).some((s) => s !== 'live')) return false;
  const before = await frames(wall);
  await sleep(200);
  const after = await frames(wall);
  return after.every((f, i) => f > before[i]!);
}

export async function run() {
  let rtsp: RtspServer = await startRtspServer(['/cam'], undefined, { RTSP_SIZE: '640x360', RTSP_KBPS: '1000' });
  const port = rtsp.port;
  const wall = await openWallPage(TILES, rtsp.url('/cam'));
  const results: Record<'killed' | 'stalled', { offlineShownAfterS: number | null; playingAgainAfterS: number | null }[]> = { killed: [], stalled: [] };
  try {
    const live = await wall.waitLive(60);
    if (live < TILES) throw new Error(`only ${live} of ${TILES} tiles came live`);
    for (const outage of ['killed', 'stalled'] as const) {
      for (let i = 0; i < TRIALS; i++) {
        await secondsUntil(() => playing(wall), performance.now(), 30);
        await sleep(2000);
        let t0 = performance.now();
        if (outage === 'killed') await rtsp.stop();
        else rtsp.child.kill('SIGSTOP');
        const offlineShownAfterS = await secondsUntil(async () => (await tileStates(wall)).every((s) => s === 'offline'), t0);
        await sleep(4000);
        if (outage === 'killed') rtsp = await startRtspServer(['/cam'], port, { RTSP_SIZE: '640x360', RTSP_KBPS: '1000' });
        else rtsp.child.kill('SIGCONT');
        t0 = performance.now();
        const playingAgainAfterS = await secondsUntil(() => playing(wall), t0);
        results[outage].push({ offlineShownAfterS, playingAgainAfterS });
      }
    }
  } finally {
    await wall.close();
    await rtsp.stop();
  }
  return {
    machine: 'the project machine (2 cores, software decoding in headless Chromium with --disable-gpu); RTSP camera, host and browser share it',
    method: `${TILES} camera tiles, one RTSP server; offline: every tile's data-state is "offline"; playing again: every tile "live" and each video painted new frames within 200 ms (the check itself adds up to 0.25 s)`,
    results,
    target: 'offline shown within 6 s; live again within 3 s of the upstream return; no page reload',
  };
}
