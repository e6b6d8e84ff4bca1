import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './serve-fixture.js';
import { expectedTiles } from './wall-geometry.js';

const shots = 'test-output/screenshots';

async function openDisplay(page: Page, url: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(url);
  await expect(page.locator('[data-tile-id]').first()).toBeVisible();
}

test.describe('the demo wall in Chromium', () => {
  test.beforeAll(() => mkdirSync(shots, { recursive: true }));

  test('every display shows its tiles, none in error, data tiles live', async ({ page, served }) => {
    expect(served.displays.map((d) => d.displayId).sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
    const pngs: Buffer[] = [];
    for (const d of served.displays.sort((a, b) => a.displayId.localeCompare(b.displayId))) {
      const [row, col] = [Number(d.displayId[1]), Number(d.displayId[3])];
      await openDisplay(page, d.url);
      const expected = expectedTiles('tong-quan', row, col);
      await expect
        .poll(async () => (await page.locator('[data-tile-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tile-id')))).sort())
        .toEqual(expected);
      await expect(page.locator('[data-state="error"]')).toHaveCount(0);
      for (const kind of ['kpi', 'chart', 'clock']) {
        const tiles = page.locator(`[data-tile-kind="${kind}"]`);
        const n = await tiles.count();
        for (let i = 0; i < n; i++) await expect(tiles.nth(i)).toHaveAttribute('data-state', 'live');
      }
      const cameras = page.locator('[data-tile-kind="camera"]');
      for (let i = 0; i < (await cameras.count()); i++) await expect(cameras.nth(i)).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
      await page.waitForTimeout(1500);
      const png = await page.screenshot({ path: `${shots}/wall-${d.displayId}.png` });
      pngs.push(png);
    }
    // The four displays side by side as the room sees them, for the README.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.setContent(
      `<body style="margin:0;background:#000;display:grid;grid-template-columns:1fr 1fr;gap:6px">${pngs
        .map((p) => `<img style="width:100%;display:block" src="data:image/png;base64,${p.toString('base64')}">`)
        .join('')}</body>`,
    );
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    writeFileSync(`${shots}/wall-2x2.png`, await page.screenshot({ fullPage: true }));
  });

  test('camera tiles play real frames', async ({ page, served }) => {
    await openDisplay(page, served.displays.find((d) => d.displayId === 'r0c0')!.url);
    const video = page.locator('[data-tile-kind="camera"] video').first();
    await expect(page.locator('[data-tile-kind="camera"]').first()).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const frames = () => video.evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);
    const first = await frames();
    await expect.poll(frames, { timeout: 15_000 }).toBeGreaterThan(first + 10);
    const size = await video.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight]);
    expect(size[0]).toBeGreaterThan(0);
  });

  test('all cameras of a window share one stream socket', async ({ page, served }) => {
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(new URL(ws.url()).pathname));
    await openDisplay(page, served.displays.find((d) => d.displayId === 'r0c0')!.url);
    const cameras = page.locator('[data-tile-kind="camera"]');
    await expect(cameras).toHaveCount(2);
    for (let i = 0; i < 2; i++) await expect(cameras.nth(i)).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    expect(sockets.filter((p) => p.startsWith('/streams')).sort()).toEqual(['/streams']);
    expect(sockets).toContain('/api');
  });

  test('charts draw on a canvas', async ({ page, served }) => {
    await openDisplay(page, served.displays.find((d) => d.displayId === 'r1c1')!.url);
    const canvas = page.locator('[data-tile-kind="chart"] canvas').first();
    await expect(canvas).toBeVisible();
    // A drawn chart has many distinct colours; a blank canvas has one.
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const ctx = c.getContext('2d');
          if (!ctx) return 0;
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          const colours = new Set<number>();
          for (let i = 0; i < data.length; i += 16) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          return colours.size;
        }),
      )
      .toBeGreaterThan(20);
  });

  test('the alert grid gains rows while the page is open', async ({ page, served }) => {
    await openDisplay(page, served.displays.find((d) => d.displayId === 'r1c0')!.url);
    const rows = page.locator('[data-tile-kind="alert-grid"] [data-alert-id]');
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    const ids = () => rows.evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-alert-id'))).size);
    const before = await ids();
    const seen = new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-alert-id'))));
    await expect
      .poll(async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-alert-id')))).some((id) => !seen.has(id)), {
        timeout: 45_000,
      })
      .toBe(true);
    expect(await ids()).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
  });
});
