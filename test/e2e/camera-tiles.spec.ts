import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { layoutSchema } from '../../common/index.js';
import { tourPosition } from '../../renderer/tiles/camera-tour/tour-position.js';
import { call } from './api-call.js';
import { startServe, type ServedApp } from './serve-fixture.js';

const shots = 'test-output/screenshots';
const LAYOUT = 'giam-sat-camera';
const layout = layoutSchema.parse(JSON.parse(readFileSync(`layouts/${LAYOUT}.json`, 'utf8')));
const tourTile = layout.tiles.find((t) => t.kind === 'camera-tour')!;
const steps = tourTile.kind === 'camera-tour' ? tourTile.options.steps : [];

async function openDisplay(page: Page, app: ServedApp, displayId: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.displays.find((d) => d.displayId === displayId)!.url);
  await expect(page.locator('.wall-root')).toHaveAttribute('data-layout-id', LAYOUT);
}

const framesOf = (video: Locator) => video.evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);

/** The dwell bar's width against the share of the step left on the page's clock. */
async function expectBarInStep(tour: Locator) {
  const { scale, now } = await tour
    .locator('.camera-tour-progress-bar')
    .evaluate((bar) => ({ scale: new DOMMatrix(getComputedStyle(bar).transform).a, now: Date.now() }));
  const { index, remainingMs } = tourPosition(steps, now);
  expect(scale).toBeCloseTo(remainingMs / (steps[index]!.dwellSeconds * 1000), 1);
}

test.describe('camera grid and camera tour on the demo wall', () => {
  let app: ServedApp;
  let stop: () => Promise<void>;

  test.beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    ({ app, stop } = await startServe());
    await call(app.consoleUrl, 'walls.setLayout', { wallId: app.displays[0]!.wallId, layoutId: LAYOUT });
  });
  test.afterAll(async () => stop?.());

  test('the grid plays its four cameras, each named, and sums their states up', async ({ page }) => {
    await openDisplay(page, app, 'r0c0');
    const grid = page.locator('[data-tile-kind="camera-grid"]');
    await expect(grid).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const cells = grid.locator('.camera-grid-cell');
    await expect(cells).toHaveCount(4);
    expect(await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-camera-id')))).toEqual([
      'cam-truong-tien',
      'cam-dong-ba',
      'cam-ngo-mon',
      'cam-hung-vuong',
    ]);
    await expect(grid.locator('.camera-name')).toHaveText(['Cầu Trường Tiền', 'Chợ Đông Ba', 'Ngọ Môn – Đại Nội', 'Ngã tư Hùng Vương – Bà Triệu']);
    await expect(grid.locator('.camera-badge--live')).toHaveCount(4);

    const videos = grid.locator('video');
    const before = await Promise.all([0, 1, 2, 3].map((i) => framesOf(videos.nth(i))));
    for (let i = 0; i < 4; i++) await expect.poll(() => framesOf(videos.nth(i)), { timeout: 15_000 }).toBeGreaterThan(before[i]! + 10);
    await page.screenshot({ path: `${shots}/camera-grid-r0c0.png` });
  });

  test('the tour switches camera when its dwell ends, warmed up and in step with the host clock', async ({ page }) => {
    await openDisplay(page, app, 'r0c1');
    const tour = page.locator('[data-tile-kind="camera-tour"]');
    await expect(tour).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const shown = tour.locator('video[data-shown="true"]');
    // Start from a moment with one player, away from a switch.
    await expect(tour.locator('video')).toHaveCount(1);
    await expectBarInStep(tour);
    const first = await shown.getAttribute('data-camera-id');
    const firstName = await tour.locator('.camera-name').textContent();
    await page.screenshot({ path: `${shots}/camera-tour-r0c1.png` });

    // A few seconds before the switch the next camera plays, hidden behind the shown one.
    const next = tour.locator('video[data-shown="false"]');
    await expect(next).toHaveCount(1, { timeout: 12_000 });
    const nextId = await next.getAttribute('data-camera-id');
    await expectBarInStep(tour);
    const warm = tour.locator(`video[data-camera-id="${nextId}"]`);
    await expect
      .poll(() => warm.evaluate((v: HTMLVideoElement) => ({ decoding: v.getVideoPlaybackQuality().totalVideoFrames > 0, shown: v.dataset.shown })), {
        timeout: 3_000,
      })
      .toEqual({ decoding: true, shown: 'false' });

    await expect(shown).not.toHaveAttribute('data-camera-id', first!, { timeout: 5_000 });
    const expected = tourPosition(steps, Date.now());
    expect(await shown.getAttribute('data-camera-id')).toBe(nextId);
    expect(nextId).toBe(steps[expected.index]!.cameraId);
    await expect(tour.locator('.camera-name')).not.toHaveText(firstName!);
    await expect(tour.locator('.camera-tour-count')).toHaveText(`${expected.index + 1}/${steps.length}`);
    // The warmed-up player carries on: the new camera is live at once and its old player is gone.
    await expect(tour).toHaveAttribute('data-state', 'live', { timeout: 1_000 });
    await expect(tour.locator('video')).toHaveCount(1);
    await expectBarInStep(tour);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${shots}/camera-tour-r0c1-after-switch.png` });
  });
});
