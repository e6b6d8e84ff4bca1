import { mkdirSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { startServe, type ServedApp } from './serve-fixture.js';

const shots = 'test-output/screenshots';
const TILE = 'cam-truong-tien';

const framesOf = (video: Locator) => video.evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames);

/** The wall tile plays the camera: live, and its decoder keeps painting new frames. */
async function expectPlaying(tile: Locator) {
  await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  const before = await framesOf(tile.locator('video'));
  await expect.poll(() => framesOf(tile.locator('video')), { timeout: 15_000 }).toBeGreaterThan(before + 10);
}

test.describe('pushing a camera from the console onto the wall', () => {
  let app: ServedApp;
  let stop: () => Promise<void>;

  test.beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    ({ app, stop } = await startServe());
  });
  test.afterAll(async () => stop?.());

  test('the select and a drag from the camera list put a camera on a tile, and clearing gives the layout camera back', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const wall = await context.newPage();
    await wall.goto(app.displays.find((d) => d.displayId === 'r0c0')!.url);
    const tile = wall.locator(`[data-tile-id="${TILE}"]`);
    await expect(tile).toHaveAttribute('data-camera-id', 'cam-truong-tien');
    await expectPlaying(tile);

    const desk = await context.newPage();
    await desk.goto(app.consoleUrl);
    const mini = desk.locator(`.mini-wall[data-wall-id="main"] [data-mini-tile-id="${TILE}"]`);
    const select = mini.locator('select');
    await expect(select).toHaveAccessibleName('Gửi camera lên tường');
    await expect(select.locator('option').first()).toHaveText('Camera theo bố cục');

    // The select: what a keyboard or touch user does.
    await select.selectOption('cam-ngo-mon');
    await expect(tile).toHaveAttribute('data-camera-id', 'cam-ngo-mon', { timeout: 2_000 });
    await expect(tile).toHaveAttribute('data-tile-id', TILE);
    await expect(tile.locator('.camera-name')).toHaveText('Ngọ Môn – Đại Nội');
    await expect(mini).toHaveAttribute('data-camera-id', 'cam-ngo-mon');
    await expect(mini.locator('.mini-tile-title')).toHaveText('Ngọ Môn – Đại Nội');
    await expectPlaying(tile);
    await wall.screenshot({ path: `${shots}/push-wall-r0c0-ngo-mon.png` });
    await desk.locator('.panel-walls').screenshot({ path: `${shots}/push-console-ngo-mon.png` });

    // Back to the layout's camera.
    await select.selectOption('');
    await expect(tile).toHaveAttribute('data-camera-id', 'cam-truong-tien', { timeout: 2_000 });
    await expect(mini.locator('.mini-tile-title')).toHaveText('Cầu Trường Tiền');
    await expectPlaying(tile);

    // A drag from the camera list onto the miniature box.
    await desk.locator('.panel-cameras li[data-camera-id="cam-ngo-mon"]').dragTo(mini);
    await expect(tile).toHaveAttribute('data-camera-id', 'cam-ngo-mon', { timeout: 2_000 });
    await expect(select).toHaveValue('cam-ngo-mon');
    await expectPlaying(tile);

    // The other camera tile of the display keeps its layout camera.
    await expect(wall.locator('[data-tile-id="cam-dong-ba"]')).toHaveAttribute('data-camera-id', 'cam-dong-ba');

    await select.selectOption('');
    await expect(tile).toHaveAttribute('data-camera-id', 'cam-truong-tien', { timeout: 2_000 });
    await expectPlaying(tile);
    await wall.screenshot({ path: `${shots}/push-wall-r0c0-cleared.png` });
    await context.close();
  });

  test('a layout switch clears the pushed cameras', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const wall = await context.newPage();
    await wall.goto(app.displays.find((d) => d.displayId === 'r0c0')!.url);
    const desk = await context.newPage();
    await desk.goto(app.consoleUrl);
    const mini = desk.locator(`.mini-wall[data-wall-id="main"] [data-mini-tile-id="${TILE}"]`);
    await mini.locator('select').selectOption('cam-hung-vuong');
    await expect(wall.locator(`[data-tile-id="${TILE}"]`)).toHaveAttribute('data-camera-id', 'cam-hung-vuong', { timeout: 2_000 });

    await desk.locator('select[data-wall-id="main"]').selectOption('giao-thong-an-ninh');
    await desk.locator('.layout-switcher button').click();
    await expect(wall.locator('.wall-root')).toHaveAttribute('data-layout-id', 'giao-thong-an-ninh');
    await expect(wall.locator(`[data-tile-id="${TILE}"]`)).toHaveAttribute('data-camera-id', 'cam-truong-tien');
    await desk.locator('select[data-wall-id="main"]').selectOption('tong-quan');
    await desk.locator('.layout-switcher button').click();
    await expect(wall.locator('.wall-root')).toHaveAttribute('data-layout-id', 'tong-quan');
    await expect(wall.locator(`[data-tile-id="${TILE}"]`)).toHaveAttribute('data-camera-id', 'cam-truong-tien');
    await expect(mini).not.toHaveClass(/mini-tile--pushed/);
    await context.close();
  });
});
