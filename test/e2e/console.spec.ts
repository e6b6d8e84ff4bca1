import { mkdirSync } from 'node:fs';
import { expect, test } from './serve-fixture.js';
import { expectedTiles } from './wall-geometry.js';

test('the console switches a wall layout and the wall follows', async ({ browser, served }) => {
  mkdirSync('test-output/screenshots', { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const wall = await context.newPage();
  await wall.goto(served.displays.find((d) => d.displayId === 'r0c0')!.url);
  await expect(wall.locator('[data-tile-id="cam-truong-tien"]')).toBeVisible();
  await expect(wall.locator('[data-tile-id="cam-hung-vuong"]')).toHaveCount(0);

  const desk = await context.newPage();
  await desk.goto(served.consoleUrl);
  const select = desk.locator('select[data-wall-id="main"]');
  await expect(select).toBeVisible();

  await select.selectOption('giao-thong-an-ninh');
  await desk.locator('.layout-switcher button').click();
  await expect(wall.locator('[data-tile-id="cam-hung-vuong"]')).toBeVisible({ timeout: 5_000 });
  await expect
    .poll(async () => (await wall.locator('[data-tile-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tile-id')))).sort())
    .toEqual(expectedTiles('giao-thong-an-ninh', 0, 0));
  await wall.waitForTimeout(1500);
  await wall.screenshot({ path: 'test-output/screenshots/wall-r0c0-giao-thong-an-ninh.png' });

  await select.selectOption('tong-quan');
  await desk.locator('.layout-switcher button').click();
  await expect(wall.locator('[data-tile-id="cam-hung-vuong"]')).toHaveCount(0, { timeout: 5_000 });
  await context.close();
});

test('the console shows alerts whose rows carry their ids, in Vietnamese and in English', async ({ page, served }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(served.consoleUrl);
  await expect(page.locator('h1')).toHaveText('Trung tâm giám sát, điều hành thông minh');
  await expect(page.locator('[data-connection="open"]')).toBeVisible();
  const rows = page.locator('.panel-alerts .ag-row[data-alert-id]');
  await expect(rows.first()).toBeVisible();
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-alert-id')));
  expect(ids.every((id) => /^al-\d+$/.test(id ?? ''))).toBe(true);
  // New alerts arrive while the console is open, not only with the page load.
  await expect
    .poll(async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-alert-id')))).some((id) => !ids.includes(id)), {
      timeout: 45_000,
    })
    .toBe(true);
  await page.screenshot({ path: 'test-output/screenshots/console.png' });
  await page.locator('.lang-toggle').click();
  await expect(page.locator('h1')).toHaveText('Intelligent Operations Center');
  await page.screenshot({ path: 'test-output/screenshots/console-en.png' });
});

test('an operator acknowledges an alert from its row', async ({ page, served }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(served.consoleUrl);
  const row = page.locator('.panel-alerts .ag-row').filter({ has: page.locator('button[data-action="acknowledge"]') }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  const id = await row.getAttribute('data-alert-id');
  await row.locator('button[data-action="acknowledge"]').click();
  await expect(page.locator(`.panel-alerts .ag-row[data-alert-id="${id}"] [col-id="status"]`).first()).toHaveText(/Đã tiếp nhận/);
});
