import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gstreamerAvailable, startRtspServer, type RtspServer } from '../integration/camera-helpers.js';
import { startServe } from './serve-fixture.js';

test.skip(!gstreamerAvailable(), 'GStreamer RTSP server (python3-gi, gir1.2-gst-rtsp-server-1.0) is not installed');

test('a camera tile goes offline when its RTSP server dies and plays again when it returns, without a page reload', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-rtsp-'));
  let rtsp: RtspServer | undefined = await startRtspServer(['/cam1']);
  const port = rtsp.port;
  mkdirSync(join(dir, 'layouts'));
  writeFileSync(
    join(dir, 'layouts', 'mot-camera.json'),
    JSON.stringify({ id: 'mot-camera', name: 'Một camera', grid: { cols: 1, rows: 1 }, tiles: [{ id: 'cong', kind: 'camera', x: 0, y: 0, w: 1, h: 1, options: { cameraId: 'cong' } }] }),
  );
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, display: { width: 1280, height: 720 }, layout: 'mot-camera' }],
      cameras: [{ id: 'cong', name: 'Cổng chính UBND', url: rtsp.url('/cam1') }],
      layoutDirs: ['layouts'],
    }),
  );
  const served = await startServe(['--config', join(dir, 'config.json')]);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(served.app.displays[0]!.url);
    // Set once: a page reload would lose it.
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
    const tile = page.locator('[data-tile-id="cong"]');
    const frames = () => page.locator('[data-tile-id="cong"] video').evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);
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
    rmSync(dir, { recursive: true, force: true });
  }
});
