import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPortalFixture, type PortalFixture } from '../../connectors/public-service-portal/fixture/server.js';
import { startServe, type ServedApp } from './serve-fixture.js';

/**
 * A wall tile judges its data by its source: a portal polled every 20 s keeps a tile whose own limit
 * is 5 s live between polls, and when the portal stops answering the tile keeps its last value and
 * says the source is failing and how old the value is; back, the desk still shows the error and its time.
 */
const shots = 'test-output/screenshots';
const example = JSON.parse(readFileSync('docs/examples/egov-demo.json', 'utf8')) as { connectors: { id: string; options: Record<string, unknown> }[] };
const dvc = example.connectors.find((c) => c.id === 'dvc')!;

const layout = {
  id: 'nguon-du-lieu',
  name: 'Nguồn dữ liệu',
  grid: { cols: 2, rows: 1 },
  tiles: [
    { id: 'tiep-nhan', kind: 'kpi', title: 'Hồ sơ tiếp nhận', x: 0, y: 0, w: 1, h: 1, options: { seriesId: 'portal.dvc.received', staleAfterSeconds: 5 } },
    { id: 'dung-han', kind: 'kpi', title: 'Hồ sơ đúng hạn (2.1)', x: 1, y: 0, w: 1, h: 1, options: { seriesId: 'portal.dvc.on-time-rate', unit: '%', decimals: 2, staleAfterSeconds: 5 } },
  ],
};

let portal: PortalFixture;
let portalStopped = false;
let served: { app: ServedApp; stop: () => Promise<void> };
let dir: string;

test.beforeAll(async () => {
  portal = await startPortalFixture();
  dir = mkdtempSync(join(tmpdir(), 'ioc-wall-source-health-'));
  mkdirSync(join(dir, 'layouts'));
  writeFileSync(join(dir, 'layouts', 'nguon-du-lieu.json'), JSON.stringify(layout));
  const config = {
    walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, display: { width: 1280, height: 720 }, layout: layout.id }],
    layoutDirs: ['layouts'],
    connectors: [{ id: 'dvc', type: 'public-service-portal', options: { ...dvc.options, baseUrl: portal.url, pollMs: 20_000 } }],
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  served = await startServe(['--config', join(dir, 'config.json')]);
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await served?.stop();
  if (!portalStopped) await portal?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a slow source keeps its tiles live between polls; a failing one leaves the last value with its age and the failure said, and the desk keeps the error once it is over', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.app.displays[0]!.url);
  const tile = page.locator('[data-tile-id="tiep-nhan"]');
  await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  const value = await tile.locator('.kpi-value').innerText();
  expect(value).toMatch(/\d/);

  // Past the tile's own 5 s, within two of the source's 20 s polls: still current.
  await page.waitForTimeout(8_000);
  await expect(tile).toHaveAttribute('data-state', 'live');
  await expect(tile.locator('.data-badge')).toHaveCount(0);

  await portal.stop();
  portalStopped = true;
  // The next poll finds nobody answering: the connector says down, the tile says so at once.
  await expect(tile).toHaveAttribute('data-state', 'stale', { timeout: 30_000 });
  await expect(tile.locator('.data-badge')).toHaveText(/^Nguồn lỗi · dữ liệu .+ trước · lúc \d{2}:\d{2}/);
  await expect(tile.locator('.kpi-value')).toHaveText(value);
  await expect(page.locator('[data-tile-id="dung-han"]')).toHaveAttribute('data-state', 'stale');
  await page.screenshot({ path: `${shots}/source-failing.png` });

  // The portal answers again on its address: the tiles are live at its next poll, and the desk can
  // still read what went wrong and when.
  portal = await startPortalFixture({ port: Number(new URL(portal.url).port) });
  portalStopped = false;
  await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(tile.locator('.data-badge')).toHaveCount(0);
  const desk = await page.context().newPage();
  await desk.setViewportSize({ width: 1600, height: 1000 });
  await desk.goto(served.app.consoleUrl);
  const row = desk.locator('.panel-connectors [data-connector-id="dvc"]');
  await expect(row).toHaveAttribute('data-state', 'ok');
  await expect(row.locator('.health-last-error')).toHaveText(/^Lỗi gần nhất lúc \d{2}\/\d{2} \d{2}:\d{2} \(.+ trước\): POST http:\/\/127\.0\.0\.1:\d+\/integration failed: connect ECONNREFUSED/);
  await row.screenshot({ path: `${shots}/connector-last-error.png` });
});
