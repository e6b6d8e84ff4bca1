import { expect, test } from '@playwright/test';
import { gstreamerAvailable, startRtspServer, type RtspServer } from '../integration/camera-helpers.js';
import { CAMERA_TILE, serveOneCamera } from './one-camera-wall.js';

test.skip(!gstreamerAvailable(), 'GStreamer RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0) is not installed');

test('a camera tile goes offline when its RTSP server dies and plays again when it returns, without a page reload', async ({ page }) => {
  let rtsp: RtspServer | undefined = await startRtspServer(['/cam1']);
  const port = rtsp.port;
  const served = await serveOneCamera(rtsp.url('/cam1'));
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(served.app.displays[0]!.url);
    // Set once: a page reload would lose it.
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
    const tile = page.locator(CAMERA_TILE);
    const frames = () => tile.locator('video').evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);
    await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const first = await frames();
    await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(first + 10);

    await rtsp.stop();
    rtsp = undefined;
    await expect(tile).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    await page.screenshot({ path: 'test-output/screenshots/camera-offline.png' });

    rtsp = await startRtspServer(['/cam1'], port);
    await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const resumed = await frames();
    await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(resumed + 10);
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await page.screenshot({ path: 'test-output/screenshots/camera-resumed.png' });
  } finally {
    await served.stop();
    await rtsp?.stop();
  }
});
