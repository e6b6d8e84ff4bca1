import { mkdirSync } from 'node:fs';
import { expect, test } from './serve-fixture.js';
import { expectedTiles } from './wall-geometry.js';

test('the console switches a wall layout and the wall follows', async ({ browser, served }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const wall = await context.newPage();
  await wall.goto(served.displays.find((d) => d.displayId === 'r0c0')!.url);
  await expect(wall.locator('[data-tile-id="cam-truong-tien"]')).toBeVisible();
  await expect(wall.locator('[data-tile-id="cam-hung-vuong"]')).toHaveCount(0);

  const desk = await context.newPage();
  await desk.goto(served.consoleUrl);
  const select = desk.locator('select[data-wall-id="main"]');
  await expect(select).toBeVisible();
  await expect(desk.locator('[data-alert-id]').first()).toBeVisible({ timeout: 30_000 });
  await desk.screenshot({ path: 'test-results/screenshots/console.png' });

  await select.selectOption('giao-thong-an-ninh');
  await desk.locator('.layout-switcher button').click();
  await expect(wall.locator('[data-tile-id="cam-hung-vuong"]')).toBeVisible({ timeout: 5_000 });
  await expect
    .poll(async () => (await wall.locator('[data-tile-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tile-id')))).sort())
    .toEqual(expectedTiles('giao-thong-an-ninh', 0, 0));
  await wall.waitForTimeout(1500);
  await wall.screenshot({ path: 'test-results/screenshots/wall-r0c0-giao-thong-an-ninh.png' });

  await select.selectOption('tong-quan');
  await desk.locator('.layout-switcher button').click();
  await expect(wall.locator('[data-tile-id="cam-hung-vuong"]')).toHaveCount(0, { timeout: 5_000 });
  await context.close();
});
