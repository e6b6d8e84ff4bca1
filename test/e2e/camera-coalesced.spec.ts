import { expect, test } from '@playwright/test';
import { gstreamerAvailable, startRtspServer } from '../integration/camera-helpers.js';
import { CAMERA_TILE, serveOneCamera } from './one-camera-wall.js';

test.skip(!gstreamerAvailable(), 'GStreamer RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0) is not installed');

test('a host set to gather frames into 200 ms fragments sends a few a second, and the wall still plays every frame at the live edge', async ({ page }) => {
  const rtsp = await startRtspServer(['/cam1']);
  const served = await serveOneCamera(rtsp.url('/cam1'), { cameraFragmentMs: 200 });
  try {
    let fragments = 0;
    page.on('websocket', (ws) => ws.on('framereceived', (f) => typeof f.payload !== 'string' && fragments++));
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(served.app.displays[0]!.url);
    const tile = page.locator(CAMERA_TILE);
    const video = tile.locator('video');
    await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const frames = () => video.evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);
    await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(10);

    const before = { frames: await frames(), fragments, at: Date.now() };
    await page.waitForTimeout(4000);
    const seconds = (Date.now() - before.at) / 1000;
    const fragmentRate = (fragments - before.fragments) / seconds;
    const frameRate = ((await frames()) - before.frames) / seconds;
    // 25 frames a second arrive in about 5 fragments (25 when every frame is its own).
    expect(fragmentRate).toBeGreaterThan(3);
    expect(fragmentRate).toBeLessThan(9);
    expect(frameRate).toBeGreaterThan(20);
    // Played within a second of what has arrived: the bursts do not push the picture behind.
    const behind = await video.evaluate((v: HTMLVideoElement) => v.buffered.end(v.buffered.length - 1) - v.currentTime);
    expect(behind).toBeLessThan(1);
    await page.screenshot({ path: 'test-output/screenshots/camera-coalesced.png' });
  } finally {
    await served.stop();
    await rtsp.stop();
  }
});
