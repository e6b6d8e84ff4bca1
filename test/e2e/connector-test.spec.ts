import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Alert, ConnectorEntry, ConnectorTestResult, RecordsPage, Series } from '../../common/index.js';
import { startOpen311Fixture, type Open311Fixture } from '../../connectors/field-reports/fixture/server.js';
import { call } from './api-call.js';
import { startServeWithConfig, type ServedApp } from './serve-fixture.js';

const shots = 'test-output/screenshots';
const SECRET = 'KhoaOpen311-4b2d@2026';
let fixture: Open311Fixture;
let served: { app: ServedApp; stop: () => Promise<void> };

/** A port where nothing listens: taken from the OS, then let go. */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test.beforeAll(async () => {
  fixture = await startOpen311Fixture({ seed: 7, reports: 60 });
  fixture.set({ apiKey: SECRET });
  // No connector at all: whatever the console's test brought would be the only data of the host.
  served = await startServeWithConfig({ walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }], connectors: [] }, ['--admin']);
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await served?.stop();
  await fixture?.stop();
});

test('the connector form tests a connection before saving: a clear failure at a dead address, success against the Open311 gateway, nothing stored until saved, an edit tested with its stored key', async ({ page }) => {
  const { app } = served;
  const consoleUrl = app.consoleUrl;
  await page.setViewportSize({ width: 1600, height: 1200 });
  await page.goto(consoleUrl);
  await page.locator('.panel-connectors').getByRole('button', { name: 'Thêm kết nối' }).click();
  const form = page.locator('form[data-connector-form="add"]');
  await form.getByLabel('Loại kết nối').selectOption('field-reports');

  // What the type brings, before any option is typed.
  const produces = form.getByLabel('Kết nối này cung cấp');
  await expect(produces.locator('[data-produces="records"] dd')).toHaveText(['Phản ánh hiện trường']);
  await expect(produces.locator('[data-produces="alerts"] dd')).toHaveText(['Phản ánh quá hạn xử lý']);
  await expect(produces.locator('[data-produces="series"] dd')).toHaveAttribute('title', 'open311.{instance}.');
  await form.screenshot({ path: `${shots}/connector-form-produces.png` });

  // Options are named in Vietnamese, with their unit; the key is only a hover hint.
  await expect(form.locator('[data-option-path="pollMs"] .option-name')).toHaveText('Chu kỳ đọc');
  await expect(form.locator('[data-option-path="pollMs"] .option-name')).toHaveAttribute('title', 'pollMs');
  await expect(form.locator('[data-option-path="pollMs"] .option-help')).toHaveText('mili giây (ms), ít nhất 5000');
  await expect(form.locator('fieldset[data-option-path="sla"] > legend')).toHaveText('Thời hạn xử lý');
  await expect(form.locator('fieldset[data-option-path="sla.byService"] > legend')).toHaveText('Theo lĩnh vực');
  await expect(form.locator('[data-option-path="sla.default.normal"] .option-name')).toHaveText('Thường *');
  for (const key of ['baseUrl', 'apiKey', 'pollMs', 'sla', 'byService', 'urgentServices']) await expect(form.locator('.option-name', { hasText: new RegExp(`^${key}`) })).toHaveCount(0);

  await form.getByLabel('Mã', { exact: true }).fill('hue-s-moi');
  await form.getByLabel('Tên', { exact: true }).fill('Hue-S mới');
  const baseUrl = form.locator('[data-option-path="baseUrl"] > input');
  const test = form.getByRole('button', { name: 'Kiểm tra kết nối' });
  const outcome = form.locator('.connector-test');

  // Nobody listens there: the form says so, naming the address and what to check.
  const dead = `http://127.0.0.1:${await deadPort()}/open311/v2/`;
  await baseUrl.fill(dead);
  await form.locator('[data-option-path="apiKey"] > input').fill(SECRET);
  await test.click();
  await expect(outcome).toHaveAttribute('data-test-state', 'down', { timeout: 30_000 });
  await expect(outcome).toContainText('Không kết nối được');
  await expect(outcome).toContainText(dead);
  await expect(outcome).toContainText('check baseUrl and that the gateway is reachable from this machine');
  await outcome.screenshot({ path: `${shots}/connector-test-down.png` });

  // Another address: the old answer goes at once, and the gateway answers.
  await baseUrl.fill(fixture.url);
  await expect(outcome).toHaveCount(0);
  await test.click();
  await expect(outcome).toHaveAttribute('data-test-state', 'ok', { timeout: 30_000 });
  await expect(outcome.locator('.connector-test-headline')).toHaveText(/^Kết nối tốt · phản hồi sau [\d.]+ ms$/);
  const direct = await call<ConnectorTestResult>(consoleUrl, 'connectors.test', { type: 'field-reports', options: { baseUrl: fixture.url, apiKey: SECRET } });
  expect(direct.produced.records).toBeGreaterThan(10);
  await expect(outcome).toContainText(
    `Sẽ đưa vào: ${direct.produced.series} chuỗi số liệu, ${direct.produced.samples} mẫu, ${direct.produced.records} bản ghi, ${direct.produced.alerts} cảnh báo`,
  );
  await expect(outcome).toContainText('Lần kiểm tra không lưu dữ liệu nào.');
  await page.locator('dialog.connector-dialog').screenshot({ path: `${shots}/connector-test-form.png` });

  // Two tests and nothing of them is in the host: no instance, no field report, no series, no alert.
  expect((await call<ConnectorEntry[]>(consoleUrl, 'connectors.list', {})).map((e) => e.instance.id)).toEqual([]);
  expect((await call<RecordsPage>(consoleUrl, 'records.list', { kind: 'field-report' })).all).toBe(0);
  expect(await call<Series[]>(consoleUrl, 'series.list', {})).toEqual([]);
  expect(await call<Alert[]>(consoleUrl, 'alerts.list', {})).toEqual([]);

  // Saving is its own step, and brings what the test announced.
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toHaveCount(0);
  const item = page.locator('.panel-connectors .health-item[data-connector-id="hue-s-moi"]');
  await expect(item).toHaveAttribute('data-state', 'ok');
  await expect.poll(async () => (await call<RecordsPage>(consoleUrl, 'records.list', { kind: 'field-report' })).all).toBe(direct.produced.records);

  // The admin's edit tests with the key kept on the host: the form shows it only as unchanged.
  await page.goto(app.adminUrl!);
  await item.locator('button[data-action="edit"]').click();
  const edit = page.locator('form[data-connector-form="edit"]');
  await expect(edit.locator('[data-option-path="apiKey"] > input')).toHaveAttribute('placeholder', '(không đổi)');
  const asked = fixture.received.length;
  await edit.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect(edit.locator('.connector-test')).toHaveAttribute('data-test-state', 'ok', { timeout: 30_000 });
  expect(fixture.received.slice(asked).length).toBeGreaterThan(0);
  expect(fixture.received.slice(asked).every((r) => r.query.api_key === SECRET)).toBe(true);
  await edit.getByRole('button', { name: 'Hủy' }).click();
  await expect(edit).toHaveCount(0);
  expect(app.logs.join('\n')).not.toContain(SECRET);
});
