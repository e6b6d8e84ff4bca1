import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { foldText, type RecordsPage, type SourceRecord } from '../../common/index.js';
import { startOpen311Fixture, type Open311Fixture } from '../../connectors/field-reports/fixture/server.js';
import { call } from './api-call.js';
import { startServeWithConfig, type ServedApp } from './serve-fixture.js';

const shots = 'test-output/screenshots';
let fixture: Open311Fixture;
let served: { app: ServedApp; stop: () => Promise<void> };

test.beforeAll(async () => {
  fixture = await startOpen311Fixture({ seed: 11, reports: 80 });
  served = await startServeWithConfig({
    walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }],
    connectors: [{ id: 'hue-s', type: 'field-reports', options: { baseUrl: fixture.url, pollMs: 5000 } }],
  });
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await served?.stop();
  await fixture?.stop();
});

test('the desk lists every field report and narrows it by category, place, overdue and words typed without diacritics', async ({ page }) => {
  const { app } = served;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.consoleUrl);
  await page.locator('.panel-work [role="tab"][data-tab="field-report"]').click();
  const list = page.locator('.records-browser[data-record-kind="field-report"]');
  await expect(list).toHaveAttribute('data-state', 'live');
  await expect(list.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });

  const { records } = await call<RecordsPage>(app.consoleUrl, 'records.list', { kind: 'field-report', limit: 500 });
  expect(records.length).toBeGreaterThan(10);
  // Every report is listed on the desk, not a page of them as on the wall.
  await expect(list).toHaveAttribute('data-rows', String(records.length));
  await expect(list.locator('tbody tr')).toHaveCount(records.length);

  // A category: exactly the reports of that service.
  const category = String(records[0]!.data.serviceName);
  await list.locator('select[data-facet="category"]').selectOption({ label: `${category} (${records.filter((r) => r.data.serviceName === category).length})` });
  await expect(list.locator('tbody tr')).toHaveCount(records.filter((r) => r.data.serviceName === category).length);
  for (const cell of await list.locator('tbody tr td:nth-child(2)').allInnerTexts()) expect(cell).toBe(category);
  await page.screenshot({ path: `${shots}/console-records-category.png` });
  await list.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(list.locator('tbody tr')).toHaveCount(records.length);

  // Overdue only: every row shown is marked overdue, and there are as many as the foot says.
  // The host filters, so the rows change when its answer comes: wait for its count, do not read the table at once.
  const overdue = await call<RecordsPage>(app.consoleUrl, 'records.list', { kind: 'field-report', limit: 500, where: { overdueOnly: true } });
  const overdueRows = overdue.records.length;
  expect(overdueRows).toBeGreaterThan(0);
  expect(overdueRows).toBeLessThan(records.length);
  await list.getByLabel('Chỉ quá hạn').check();
  await expect(list.locator('tbody tr')).toHaveCount(overdueRows);
  await expect(list.locator('tbody tr:not(.records-row--overdue)')).toHaveCount(0);
  await expect(list.locator('.records-browser-count')).toContainText(`Hiện ${overdueRows}/${records.length} mục · ${overdueRows} quá hạn`);
  await list.getByLabel('Chỉ quá hạn').uncheck();

  // A ward, by its commune code: the host narrows the list, so it counts every report there.
  const wardOf = (r: SourceRecord) => r.data.ward as { key: string; name: string } | undefined;
  const ward0 = wardOf(records.find((r) => wardOf(r))!)!;
  const inWard = records.filter((r) => wardOf(r)?.key === ward0.key);
  expect(ward0.key).toMatch(/^\d{5}$/);
  await list.locator('select[data-facet="place"]').selectOption({ label: `${ward0.name} (${inWard.length})` });
  await expect(list).toHaveAttribute('data-rows', String(inWard.length));
  await expect(list.locator('tbody tr')).toHaveCount(inWard.length);
  for (const cell of await list.locator('tbody tr td:nth-child(3)').allInnerTexts()) expect(cell).toBe(ward0.name);
  await page.screenshot({ path: `${shots}/console-records-ward.png` });
  await list.getByRole('button', { name: 'Bỏ lọc' }).click();

  // A place typed the way a desk types in a hurry: no tones, lower case.
  const ward = records.map((r) => (r.data.ward as { name?: string } | undefined)?.name).find((n): n is string => !!n && foldText(n) !== n.toLowerCase())!;
  expect(ward, 'the fixture has a ward name with diacritics').toBeTruthy();
  await list.locator('.records-filter-search input').fill(foldText(ward));
  const cellsOf = (r: SourceRecord) => [r.id, String(r.data.statusLabel ?? ''), String(r.data.serviceName ?? ''), (r.data.ward as { name?: string } | undefined)?.name ?? '', String(r.data.address ?? '')];
  const matching = records.filter((r) => cellsOf(r).some((c) => foldText(c).includes(foldText(ward))));
  await expect(list.locator('tbody tr')).toHaveCount(matching.length);
  expect(matching.length).toBeGreaterThan(0);
  for (const cell of await list.locator('tbody tr td:nth-child(3)').allInnerTexts()) expect(foldText(cell)).toContain(foldText(ward));
  await page.screenshot({ path: `${shots}/console-records-search.png` });

  // The alerts are one click away and keep their count in the tab.
  await page.locator('.panel-work [role="tab"][data-tab="alerts"]').click();
  await expect(page.locator('.panel-alerts')).toBeVisible();
});
