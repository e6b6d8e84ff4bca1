import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { layoutSchema, type RecordsPage, type Sample } from '../../common/index.js';
import { startOpen311Fixture, type Open311Fixture } from '../../connectors/field-reports/fixture/server.js';
import { startPortalFixture } from '../../connectors/public-service-portal/fixture/server.js';
import { rankRows } from '../../renderer/tiles/ranking/ranking.js';
import { call } from './api-call.js';
import { startServeWithConfig, type ServedApp } from './serve-fixture.js';

const LAYOUT = 'dich-vu-cong-van-ban-phan-anh';
const shots = 'test-output/screenshots';

async function openDisplay(page: Page, app: ServedApp, displayId: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.displays.find((d) => d.displayId === displayId)!.url);
  await expect(page.locator('.wall-root')).toHaveAttribute('data-layout-id', LAYOUT);
}

let fixture: Open311Fixture;
let served: { app: ServedApp; stop: () => Promise<void> };

test.beforeAll(async () => {
  fixture = await startOpen311Fixture({ seed: 7, reports: 60 });
  served = await startServeWithConfig(
    {
      walls: [{ id: 'main', name: 'Tường', rows: 2, cols: 2, display: { width: 1920, height: 1080 }, layout: LAYOUT }],
      connectors: [
        { id: 'sim', type: 'simulator', options: { seed: 20251, backfillMinutes: 30 } },
        { id: 'hue-s', type: 'field-reports', options: { baseUrl: fixture.url, pollMs: 5000 } },
      ],
    },
    ['--admin'],
  );
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await served?.stop();
  await fixture?.stop();
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
  const { records } = await call<RecordsPage>(display.url, 'records.list', { kind: 'field-report', limit: 500 });
  expect(records.length).toBeGreaterThan(0);
  const text = JSON.stringify(records);
  expect(records.every((r) => !('personal' in r.data))).toBe(true);
  for (const value of personal) if (value) expect(text).not.toContain(value);
  await page.screenshot({ path: `${shots}/egov-records.png` });
});

/** What the wall's records tile shows of each row's photo, read at once so a page turn cannot split it. */
const photoCells = (page: Page) =>
  page.locator('[data-tile-id="phan-anh"]').evaluate((tile) =>
    [...tile.querySelectorAll('tbody tr')].map((tr) => {
      const img = tr.querySelector<HTMLImageElement>('td.records-photo img');
      return {
        id: tr.getAttribute('data-record-id')!,
        img: img ? { complete: img.complete, width: img.naturalWidth, src: img.getAttribute('src') ?? '' } : undefined,
        placeholder: tr.querySelector('td.records-photo .records-photo-none') !== null,
      };
    }),
  );

test('the records tile shows each report\'s photo as a thumbnail through the host, and a neutral mark where it is gone', async ({ page }) => {
  const { app } = served;
  await openDisplay(page, app, 'r1c0');
  const tile = page.locator('[data-tile-id="phan-anh"]');
  await expect(tile.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  const photoOf = new Map(fixture.reports.map((r) => [r.service_request_id, r.media_url]));
  // Every row with a photo link: a loaded picture for a served PNG, the neutral mark for a link that is gone
  // (the fixture's .jpg). The pages turn every 10 s until both have been seen.
  const seen = { loaded: new Set<string>(), marked: new Set<string>() };
  await expect
    .poll(
      async () => {
        const cells = await photoCells(page);
        const problems = cells.flatMap((c) => {
          const link = photoOf.get(c.id);
          if (link === undefined) return c.img || c.placeholder ? [`${c.id}: a photo cell without a photo`] : [];
          if (link.endsWith('.png')) {
            if (c.img?.complete && c.img.width > 0) seen.loaded.add(c.id);
            return c.placeholder ? [`${c.id}: a served photo shown as missing`] : [];
          }
          if (c.placeholder && !c.img) seen.marked.add(c.id);
          return c.img?.complete && c.img.width === 0 ? [`${c.id}: a broken image`] : [];
        });
        if (problems.length > 0) throw new Error(problems.join('; '));
        return seen.loaded.size > 0 && seen.marked.size > 0 ? 'both' : `${seen.loaded.size} loaded, ${seen.marked.size} marked`;
      },
      { timeout: 70_000, intervals: [500] },
    )
    .toBe('both');
  // The picture comes from the host, with the display's credential, never from the photo's own address.
  for (const c of await photoCells(page)) if (c.img) expect(c.img.src).toMatch(new RegExp(`/records/field-report/${c.id}/photo\\?token=`));
  for (const id of seen.loaded) expect(photoOf.get(id)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/media/${id}\\.png$`));
  await tile.screenshot({ path: `${shots}/egov-records-photos.png` });
});

test('the ranking orders departments by their latest overdue documents, most first', async ({ page }) => {
  const { app } = served;
  await openDisplay(page, app, 'r0c1');
  const layout = layoutSchema.parse(await call(app.consoleUrl, 'layouts.get', { id: LAYOUT }));
  const ranking = layout.tiles.find((t) => t.id === 'xep-hang-van-ban')!;
  if (ranking.kind !== 'ranking' || !ranking.options.series) throw new Error('xep-hang-van-ban is not a ranking tile with a list of series');
  const series = ranking.options.series;
  const tile = page.locator('[data-tile-id="xep-hang-van-ban"]');
  await expect(tile).toHaveAttribute('data-state', 'live');

  // The simulator steps on while we read: compare until the page and the API agree on one step.
  await expect
    .poll(
      async () => {
        const samples = await call<Sample[]>(app.consoleUrl, 'samples.query', { seriesIds: series, since: Date.now() - 10 * 60_000 });
        const latest = new Map<string, number>();
        for (const s of samples) latest.set(s.seriesId, s.v);
        const expected = rankRows(
          series.map((id) => ({ id, name: id, value: latest.get(id) })),
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

test('a supervisor adds a connector from the console form and an admin edits it: nested options change, the secret stays, a bad value is named beside its field', async ({ page }) => {
  const { app } = served;
  const adminUrl = app.adminUrl!;
  const SECRET = 'KhoaOpen311-7c1e@2026';
  await page.setViewportSize({ width: 1920, height: 1200 });

  // The supervisor adds the instance from the same form, a list row included.
  await page.goto(app.consoleUrl);
  await page.locator('.panel-connectors').getByRole('button', { name: 'Thêm kết nối' }).click();
  const adding = page.locator('form[data-connector-form="add"]');
  await adding.getByLabel('Loại kết nối').selectOption('field-reports');
  await adding.getByLabel('Mã', { exact: true }).fill('hue-s-thu');
  await adding.getByLabel('Tên', { exact: true }).fill('Hue-S thử');
  await adding.locator('[data-option-path="baseUrl"] > input').fill(fixture.url);
  await adding.locator('[data-option-path="apiKey"] > input').fill(SECRET);
  await adding.locator('[data-option-path="pollMs"] > input').fill('5000');
  await adding.locator('fieldset[data-option-path="urgentServices"]').getByRole('button', { name: 'Thêm dòng' }).click();
  await adding.locator('[data-option-path="urgentServices[0]"] input').fill('den-duong');
  await adding.getByRole('button', { name: 'Lưu' }).click();
  await expect(adding).toHaveCount(0);

  // The supervisor's console offers the edit but cannot open it; the file's instance says it is read-only.
  const item = page.locator('.panel-connectors .health-item[data-connector-id="hue-s-thu"]');
  await expect(item.locator('button[data-action="edit"]')).toBeDisabled();
  const fromFile = page.locator('.panel-connectors .health-item[data-connector-id="hue-s"]');
  await expect(fromFile).toContainText('từ tệp cấu hình, chỉ xem');
  await expect(fromFile.locator('button[data-action="edit"]')).toHaveCount(0);

  await page.goto(adminUrl);
  await item.locator('button[data-action="edit"]').click();
  const form = page.locator('form[data-connector-form="edit"]');
  const input = (path: string) => form.locator(`[data-option-path="${path}"] > input`);
  await expect(input('pollMs')).toHaveValue('5000');
  await expect(input('apiKey')).toHaveValue('');
  await expect(input('apiKey')).toHaveAttribute('placeholder', '(không đổi)');
  await expect(form.locator('[data-option-path="urgentServices[0]"] input')).toHaveValue('den-duong');
  await expect(input('sla.default.normal')).toHaveAttribute('placeholder', '72');

  await form.getByLabel('Tên', { exact: true }).fill('Hue-S thử (đã sửa)');
  await input('pollMs').fill('7000');
  await input('sla.default.normal').fill('48');
  await input('sla.default.urgent').fill('-1');
  const byService = form.locator('fieldset[data-option-path="sla.byService"]');
  await byService.getByRole('button', { name: 'Thêm dòng' }).click();
  await byService.getByLabel('Khóa').fill('ngap-ung');
  await input('sla.byService.ngap-ung.normal').fill('12');
  await input('sla.byService.ngap-ung.urgent').fill('2');
  await form.getByRole('button', { name: 'Lưu' }).click();

  // The host's answer sits beside the field at fault; what was typed and what is stored are both intact.
  await expect(form.locator('[data-option-path="sla.default.urgent"] .option-issue')).toHaveText('must be more than 0 hours');
  await expect(form.getByRole('alert')).toContainText('options.sla.default.urgent');
  await expect(input('pollMs')).toHaveValue('7000');
  expect(await call(adminUrl, 'connectors.options', { id: 'hue-s-thu' })).toMatchObject({ pollMs: 5000 });
  await page.locator('dialog.connector-dialog').screenshot({ path: `${shots}/connector-edit-form.png` });

  await input('sla.default.urgent').fill('3');
  const asked = fixture.received.length;
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toHaveCount(0);
  await expect(item).toContainText('Hue-S thử (đã sửa)');
  await expect(item).toHaveAttribute('data-state', 'ok');
  expect(await call(adminUrl, 'connectors.options', { id: 'hue-s-thu' })).toEqual({
    baseUrl: fixture.url,
    apiKey: '***',
    pollMs: 7000,
    urgentServices: ['den-duong'],
    sla: { default: { normal: 48, urgent: 3 }, byService: { 'ngap-ung': { normal: 12, urgent: 2 } } },
  });
  // The restarted instance still sends the stored key.
  await expect.poll(() => fixture.received.slice(asked).some((r) => r.query.api_key === SECRET)).toBe(true);
  expect(app.logs.join('\n')).not.toContain(SECRET);
});

test('KPI tiles show the period their value covers: the series\' own, else the tile\'s label', async ({ page }) => {
  const { app } = served;
  const day = (t: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(t);
  const today = day(Date.now());
  const [dd, mm, yyyy] = today.split('/');
  const monthSoFar = dd === '01' ? today : `01/${mm}–${dd}/${mm}/${yyyy}`;

  // The simulator's day counts say "today"; a count of the moment has no period.
  await openDisplay(page, app, 'r0c0');
  for (const id of ['kpi-dung-han', 'kpi-tiep-nhan']) {
    const tile = page.locator(`[data-tile-id="${id}"]`);
    await expect(tile).toHaveAttribute('data-state', 'live');
    await expect(tile.locator('.kpi-period')).toHaveText(`Kỳ: ${today}`);
    await expect(tile.locator('.kpi-period')).toBeInViewport({ ratio: 1 });
  }
  await expect(page.locator('[data-tile-id="kpi-ho-so-qua-han"]')).toHaveAttribute('data-state', 'live');
  await expect(page.locator('[data-tile-id="kpi-ho-so-qua-han"] .kpi-period')).toHaveCount(0);

  // A portal counting the month to date, and a rolling seven-day rate labelled by the layout.
  const portal = await startPortalFixture({ seed: 5 });
  try {
    await call(app.consoleUrl, 'connectors.add', {
      instance: { id: 'dvc-hue', type: 'public-service-portal', options: { mode: 'integration', baseUrl: portal.url, ...portal.credentials, madonvi: '000.00.00.H46', period: 'month' } },
    });
    const layout = layoutSchema.parse(await call(app.consoleUrl, 'layouts.get', { id: LAYOUT }));
    const tiles = layout.tiles.map((tile) => {
      if (tile.id === 'kpi-van-ban-qua-han') return { ...tile, title: 'Hồ sơ đúng hạn trong tháng', options: { seriesId: 'portal.dvc-hue.on-time-rate', unit: '%', decimals: 1, target: 95 } };
      if (tile.id === 'kpi-phan-anh-qua-han') return { ...tile, title: 'Phản ánh xử lý đúng hạn', options: { seriesId: 'open311.hue-s.on-time-rate-7d', unit: '%', decimals: 1, period: '7 ngày qua' } };
      return tile;
    });
    await call(app.consoleUrl, 'layouts.save', { layout: { ...layout, tiles } });
    await openDisplay(page, app, 'r0c1');
    const month = page.locator('[data-tile-id="kpi-van-ban-qua-han"]');
    await expect(month).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    await expect(month.locator('.kpi-period')).toHaveText(`Kỳ: ${monthSoFar}`);
    await expect(month.locator('.kpi-period')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('[data-tile-id="kpi-phan-anh-qua-han"] .kpi-period')).toHaveText('Kỳ: 7 ngày qua');
    await month.screenshot({ path: `${shots}/kpi-period.png` });
  } finally {
    await portal.stop();
  }
});

test('when Open311 answers 500 the wall keeps its reports and says the source fails and how old they are', async ({ page }) => {
  const { app } = served;
  await openDisplay(page, app, 'r1c0');
  const tile = page.locator('[data-tile-id="phan-anh"]');
  await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(tile.locator('tbody tr').first()).toBeVisible();
  const total = await tile.getAttribute('data-rows');
  fixture.set({ fail500: 1_000_000 });
  try {
    // Two polls of the source (5 s) and the slack: its rows are no longer current.
    await expect(tile).toHaveAttribute('data-state', 'stale', { timeout: 90_000 });
    await expect(tile.locator('.data-badge')).toHaveText(/^Nguồn lỗi · dữ liệu .+ trước · lúc \d{2}:\d{2}/);
    await expect(tile).toHaveAttribute('data-rows', total!);
    await expect(tile.locator('tbody tr').first()).toBeVisible();
    await tile.screenshot({ path: `${shots}/egov-records-source-failing.png` });
  } finally {
    fixture.set({ fail500: 0 });
  }
  await expect(tile).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
});
