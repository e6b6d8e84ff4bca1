import { mkdirSync } from 'node:fs';
import { expect, test } from './serve-fixture.js';

test('adds a synthetic camera with a sub stream from the console form: both tested, saved and listed', async ({ page, served }) => {
  await page.goto(served.consoleUrl);
  const panel = page.locator('.panel-cameras');
  await expect(panel.locator('.health-item').first()).toContainText('từ tệp cấu hình');
  await expect(panel.locator('.health-item').first()).toContainText('Chỉ luồng chính');
  await panel.getByRole('button', { name: 'Thêm camera' }).click();
  const form = panel.locator('form.camera-form');
  await form.getByLabel('Tên', { exact: true }).fill('Camera thử nghiệm');
  await form.getByLabel('Mã', { exact: true }).fill('thu-nghiem');
  await form.getByLabel('Địa chỉ RTSP', { exact: true }).fill('synthetic:smptebars');
  await form.getByLabel(/luồng phụ/).fill('synthetic:testsrc');
  await form.getByLabel('Tên đăng nhập', { exact: true }).fill('giamsat');
  await form.getByLabel('Mật khẩu', { exact: true }).fill('BiMat123');
  await expect(form.getByLabel('Mật khẩu', { exact: true })).toHaveAttribute('type', 'password');
  await form.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(form.getByRole('status')).toContainText(/Nhận được hình: avc1\.\w+, 960×540/, { timeout: 15_000 });
  await expect(form.getByRole('status')).toContainText(/Luồng phụ: Nhận được hình: avc1\.\w+, 640×360/, { timeout: 15_000 });
  mkdirSync('test-output/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-output/screenshots/camera-registry-form.png' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toHaveCount(0);
  const item = panel.locator('.health-item[data-camera-id="thu-nghiem"]');
  await expect(item).toContainText('Camera thử nghiệm');
  await expect(item.locator('.health-detail')).toHaveText('Luồng chính: Chờ · Luồng phụ: Chờ');
  await expect(item.getByRole('button', { name: 'Sửa' })).toBeVisible();
  await page.screenshot({ path: 'test-output/screenshots/camera-registry-listed.png' });
  expect(served.logs.join('\n')).not.toContain('BiMat123');
});

test('shows a save error in the form', async ({ page, served }) => {
  await page.goto(served.consoleUrl);
  const panel = page.locator('.panel-cameras');
  await panel.getByRole('button', { name: 'Thêm camera' }).click();
  const form = panel.locator('form.camera-form');
  await form.getByLabel('Tên', { exact: true }).fill('Sai');
  await form.getByLabel('Mã', { exact: true }).fill('sai');
  await form.getByLabel('Địa chỉ RTSP', { exact: true }).fill('http://khong-phai-rtsp');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByRole('alert')).toContainText('camera.url');
});
