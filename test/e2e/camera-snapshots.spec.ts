import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startServe, type ServedApp } from './serve-fixture.js';

const shots = 'test-output/screenshots';

/** The picture decoded: a broken or missing image has no natural width. */
const naturalWidth = (img: Locator) => img.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0));

const headings = (page: Page) => page.locator('.panel-cameras .camera-group-head button');

test.describe('the console\'s camera list: snapshots and areas', () => {
  let app: ServedApp;
  let stop: () => Promise<void>;

  test.beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    ({ app, stop } = await startServe());
  });
  test.afterAll(async () => stop?.());

  test('groups cameras by area with counts, shows each camera\'s snapshot, and offers the areas in the form', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(app.consoleUrl);
    const panel = page.locator('.panel-cameras');

    // The demo's four cameras in three areas, in alphabetical order.
    await expect(headings(page).locator('.camera-group-name')).toHaveText(['An ninh trật tự', 'Du lịch', 'Giao thông']);
    const traffic = panel.locator('.camera-group[data-group="Giao thông"]');
    await expect(traffic.locator('.camera-item')).toHaveCount(2);
    await expect(traffic.locator('.camera-group-count')).toHaveText(/^2 camera · [0-2] trực tiếp$/);

    // Every camera's snapshot decodes: from a running stream's keyframe or a frame pulled for it.
    for (const id of ['cam-truong-tien', 'cam-dong-ba', 'cam-ngo-mon', 'cam-hung-vuong']) {
      const img = panel.locator(`.camera-item[data-camera-id="${id}"] img.camera-thumb-img`);
      await expect.poll(() => naturalWidth(img), { timeout: 30_000, message: `${id}'s snapshot` }).toBe(320);
      await expect(img).toHaveAttribute('alt', /^Ảnh camera /);
    }
    await panel.screenshot({ path: `${shots}/camera-list-areas.png` });
    // The wall miniature's camera tiles show the same pictures, behind the camera's name.
    const miniThumbs = page.locator('.mini-wall .mini-tile--camera img.mini-tile-thumb');
    await expect(miniThumbs.first()).toBeVisible();
    for (const img of await miniThumbs.all()) expect(await naturalWidth(img)).toBeGreaterThan(0);

    // The form suggests the areas already in use; a camera saved without one lands under "Chưa phân nhóm", last.
    await panel.getByRole('button', { name: 'Thêm camera' }).click();
    const form = panel.locator('form.camera-form');
    const areaInput = form.getByLabel('Nhóm', { exact: true });
    const listId = await areaInput.getAttribute('list');
    await expect(page.locator(`datalist[id="${listId}"] option`)).toHaveCount(3);
    expect(await page.locator(`datalist[id="${listId}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
      'An ninh trật tự',
      'Du lịch',
      'Giao thông',
    ]);
    await form.getByLabel('Tên', { exact: true }).fill('Bến xe phía Nam');
    await form.getByLabel('Mã', { exact: true }).fill('ben-xe');
    await form.getByLabel('Địa chỉ RTSP', { exact: true }).fill('synthetic:mandelbrot');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toHaveCount(0);
    // A camera nothing answers for: no picture, and the reason on hover.
    await panel.getByRole('button', { name: 'Thêm camera' }).click();
    await form.getByLabel('Tên', { exact: true }).fill('Camera hỏng');
    await form.getByLabel('Mã', { exact: true }).fill('cam-hong');
    await form.getByLabel('Địa chỉ RTSP', { exact: true }).fill('rtsp://127.0.0.1:9/khong-co');
    await form.getByLabel('Nhóm', { exact: true }).fill('Giao thông');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toHaveCount(0);

    await expect(headings(page).locator('.camera-group-name')).toHaveText(['An ninh trật tự', 'Du lịch', 'Giao thông', 'Chưa phân nhóm']);
    await expect(traffic.locator('.camera-group-count')).toHaveText(/^3 camera · [0-2] trực tiếp$/);
    // Pictures load for the rows on screen: the last area is below the panel's fold until scrolled to.
    await panel.locator('.camera-item[data-camera-id="ben-xe"]').scrollIntoViewIfNeeded();
    const newThumb = panel.locator('.camera-item[data-camera-id="ben-xe"] img.camera-thumb-img');
    await expect.poll(() => naturalWidth(newThumb), { timeout: 30_000 }).toBe(320);
    await panel.locator('.camera-item[data-camera-id="cam-hong"]').scrollIntoViewIfNeeded();
    const broken = panel.locator('.camera-item[data-camera-id="cam-hong"] .camera-thumb');
    await expect(broken).toHaveAttribute('data-snapshot-state', 'missing', { timeout: 30_000 });
    await expect(broken).toHaveText('Chưa có ảnh');
    await expect(broken).toHaveAttribute('title', /no snapshot of camera "cam-hong": .*ffmpeg exited/);

    await panel.screenshot({ path: `${shots}/camera-list-snapshots.png` });
    await page.screenshot({ path: `${shots}/console-camera-snapshots.png` });

    // An area folds away and back.
    const tourism = headings(page).filter({ hasText: 'Du lịch' });
    await tourism.click();
    await expect(tourism).toHaveAttribute('aria-expanded', 'false');
    await expect(panel.locator('.camera-item[data-camera-id="cam-ngo-mon"]')).toHaveCount(0);
    await tourism.click();
    await expect(panel.locator('.camera-item[data-camera-id="cam-ngo-mon"]')).toHaveCount(1);

    // Leaving an area by clearing the field moves the camera under "Chưa phân nhóm".
    await panel.locator('.camera-item[data-camera-id="cam-hong"]').getByRole('button', { name: 'Sửa' }).click();
    await form.getByLabel('Nhóm', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(panel.locator('.camera-group[data-group=""] .camera-item[data-camera-id="cam-hong"]')).toHaveCount(1);
    await page.close();
  });

  test('a wall display\'s credential reads snapshots, a request without one is refused', async ({ request }) => {
    const token = new URL(app.displays[0]!.url).searchParams.get('token')!;
    const ok = await request.get(`${app.origin}/snapshots/cam-dong-ba.jpg?token=${token}`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-type']).toBe('image/jpeg');
    expect(Date.parse(ok.headers()['x-snapshot-taken-at']!)).toBeGreaterThan(Date.now() - 120_000);
    expect((await request.get(`${app.origin}/snapshots/cam-dong-ba.jpg`)).status()).toBe(401);
    const unknown = await request.get(`${app.origin}/snapshots/khong-co.jpg?token=${token}`);
    expect([unknown.status(), await unknown.text()]).toEqual([404, 'unknown camera "khong-co"']);
  });
});
