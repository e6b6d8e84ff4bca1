import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { layoutSchema, type Sample, type SourceRecord } from '../../common/index.js';
import { startOpen311Fixture, type Open311Fixture } from '../../connectors/field-reports/fixture/server.js';
import { rankRows } from '../../renderer/tiles/ranking/ranking.js';
import { call } from './api-call.js';
import { startServe, type ServedApp } from './serve-fixture.js';

const LAYOUT = 'dich-vu-cong-van-ban-phan-anh';
const shots = 'test-output/screenshots';

async function openDisplay(page: Page, app: ServedApp, displayId: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.displays.find((d) => d.displayId === displayId)!.url);
  await expect(page.locator('.wall-root')).toHaveAttribute('data-layout-id', LAYOUT);
}

let fixture: Open311Fixture;
let served: { app: ServedApp; stop: () => Promise<void> };
let dir: string;

test.beforeAll(async () => {
  fixture = await startOpen311Fixture({ seed: 7, reports: 60 });
  dir = mkdtempSync(join(tmpdir(), 'ioc-wall-egov-'));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      walls: [{ id: 'main', name: 'Tường', rows: 2, cols: 2, display: { width: 1920, height: 1080 }, layout: LAYOUT }],
      connectors: [
        { id: 'sim', type: 'simulator', options: { seed: 20251, backfillMinutes: 30 } },
        { id: 'hue-s', type: 'field-reports', options: { baseUrl: fixture.url, pollMs: 5000 } },
      ],
    }),
  );
  served = await startServe(['--config', join(dir, 'config.json')]);
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await served?.stop();
  await fixture?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the records tile lists field reports on the wall without any reporter name, phone or e-mail', async ({ page }) => {
  const { app } = served;
  await openDisplay(page, app, 'r1c0');
  const tile = page.locator('[data-tile-id="phan-anh"]');
  await expect(tile).toHaveAttribute('data-state', 'live');
  await expect(tile.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  const rows = await tile.locator('tbody tr').count();
  expect(rows).toBeGreaterThan(1);
  expect(rows).toBeLessThanOrEqual(10);
  // The categories shown are the fixture's services.
  const categories = await tile.locator('tbody tr td:nth-child(2)').allInnerTexts();
  const services = new Set(fixture.reports.map((r) => r.service_name));
  for (const c of categories) expect(services).toContain(c);

  const wallText = await page.locator('body').innerText();
  const personal = fixture.reports.flatMap((r) => [
    [r.last_name, r.first_name].filter(Boolean).join(' '),
    r.phone,
    r.phone?.replace(/\s/g, ''),
    r.email,
  ]);
  for (const value of personal) if (value) expect(wallText).not.toContain(value);

  // What the wall's own credential gets from the host carries no personal data either.
  const display = app.displays.find((d) => d.displayId === 'r1c0')!;
  const records = await call<SourceRecord[]>(display.url, 'records.list', { kind: 'field-report', limit: 500 });
  expect(records.length).toBeGreaterThan(0);
  const text = JSON.stringify(records);
  expect(records.every((r) => !('personal' in r.data))).toBe(true);
  for (const value of personal) if (value) expect(text).not.toContain(value);
  await page.screenshot({ path: `${shots}/egov-records.png` });
});

test('the ranking orders departments by their latest overdue documents, most first', async ({ page }) => {
  const { app } = served;
  await openDisplay(page, app, 'r0c1');
  const layout = layoutSchema.parse(await call(app.consoleUrl, 'layouts.get', { id: LAYOUT }));
  const ranking = layout.tiles.find((t) => t.id === 'xep-hang-van-ban')!;
  if (ranking.kind !== 'ranking') throw new Error('xep-hang-van-ban is not a ranking tile');
  const tile = page.locator('[data-tile-id="xep-hang-van-ban"]');
  await expect(tile).toHaveAttribute('data-state', 'live');

  // The simulator steps on while we read: compare until the page and the API agree on one step.
  await expect
    .poll(
      async () => {
        const samples = await call<Sample[]>(app.consoleUrl, 'samples.query', { seriesIds: ranking.options.series, since: Date.now() - 10 * 60_000 });
        const latest = new Map<string, number>();
        for (const s of samples) latest.set(s.seriesId, s.v);
        const expected = rankRows(
          ranking.options.series.map((id) => ({ id, name: id, value: latest.get(id) })),
          ranking.options.direction,
          undefined,
          ranking.options.order,
        ).map((r) => `${r.id}=${r.value}`);
        const shown = await tile.locator('.ranking-row').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-series-id')}=${el.getAttribute('data-value')}`));
        return JSON.stringify(shown) === JSON.stringify(expected) ? 'same' : `${shown.join(', ')} ≠ ${expected.join(', ')}`;
      },
      { timeout: 30_000 },
    )
    .toBe('same');
  const values = (await tile.locator('.ranking-row').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value'))))) as number[];
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await expect(tile.locator('.ranking-name').first()).toHaveText(/^(Sở|Văn phòng|Công an)/);
  await page.screenshot({ path: `${shots}/egov-ranking.png` });
});

test('the other two displays draw every tile with data', async ({ page }) => {
  const { app } = served;
  await openDisplay(page, app, 'r0c0');
  for (const id of ['kpi-dung-han', 'kpi-tiep-nhan', 'kpi-ho-so-qua-han', 'bieu-do-ho-so']) {
    await expect(page.locator(`[data-tile-id="${id}"]`)).toHaveAttribute('data-state', 'live');
  }
  // The chart redraws at most once a second: let it catch up with the series names and samples.
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${shots}/egov-dossiers.png` });
  await openDisplay(page, app, 'r1c1');
  await expect(page.locator('[data-tile-id="xep-hang-phuong-xa"]')).toHaveAttribute('data-state', 'live');
  await expect(page.locator('[data-tile-id="xep-hang-phuong-xa"] .ranking-row')).toHaveCount(8);
  await page.screenshot({ path: `${shots}/egov-communes.png` });
});
