import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { layoutSchema, type Layout, type Sample } from '../../common/index.js';
import { DAY } from '../../common/time.js';
import { formatDateTime } from '../../renderer/format/datetime.js';
import { formatSla } from '../../renderer/format/sla.js';
import { call } from './api-call.js';
import { example, startEgovDemo, type EgovDemo } from './egov-demo.js';
import { expectedDocuments } from './expected-documents.js';
import { expectedDossiers, expectedSeries } from './expected-dossiers.js';
import { expectedReports } from './expected-field-reports.js';
import { largestFirst, smallestFirst } from './expected-ranking.js';
import { expectWall, kpiText, readKpis, vi } from './wall-read.js';
import { expectedTiles } from './wall-geometry.js';

/**
 * docs/examples/egov-demo.json as a user runs it, with the three fixtures on free ports: every number, ranking
 * row and table row the preset shows must equal what the fixtures' raw data give (see expected-*.ts).
 */

const LAYOUT = 'dich-vu-cong-van-ban-phan-anh-ket-noi';
const shots = 'test-output/screenshots';

const qlvb = example.connectors.find((c) => c.id === 'qlvb')!.options;
const departments = qlvb.departments as Record<string, string>;
const organIds = qlvb.organIds as Record<string, string>;
const layout = layoutSchema.parse(JSON.parse(readFileSync(`layouts/${LAYOUT}.json`, 'utf8')));
/** How many rows a ranking tile of the preset shows. */
const maxRowsOf = (tileId: string): number => {
  const tile = layout.tiles.find((t) => t.id === tileId);
  if (tile?.kind !== 'ranking') throw new Error(`${tileId} is not a ranking tile`);
  return tile.options.maxRows;
};
/** The tile ranks series in id order before values, and ids end with the code in lower case. */
const byCode = <T>(entries: Iterable<[string, T]>): [string, T][] => [...entries].sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));

let demo: EgovDemo;
const startedAt = Date.now();

test.beforeAll(async () => {
  demo = await startEgovDemo();
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await demo?.stop();
});

/** When a connector's first and latest syncs ran: each sync stamps all its samples with its start. */
async function syncTimes(seriesId: string): Promise<{ first: number; last: number } | undefined> {
  const samples = await call<Sample[]>(demo.app.consoleUrl, 'samples.query', { seriesIds: [seriesId], since: startedAt - 60_000 });
  return samples.length === 0 ? undefined : { first: samples[0]!.t, last: samples.at(-1)!.t };
}

async function openDisplay(page: Page, displayId: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(demo.app.displays.find((d) => d.displayId === displayId)!.url);
  await expect(page.locator('.wall-root')).toHaveAttribute('data-layout-id', LAYOUT);
}

const readRanking = (page: Page, tileId: string) =>
  page.locator(`[data-tile-id="${tileId}"]`).evaluate((tile) => ({
    rows: [...tile.querySelectorAll('.ranking-row')].map((row) => ({
      rank: row.querySelector('.ranking-rank')?.textContent ?? '',
      name: row.querySelector('.ranking-name')?.textContent ?? '',
      value: row.querySelector('.ranking-value')?.textContent ?? '',
    })),
    legend: tile.querySelector('.ranking-legend')?.textContent?.trim() ?? '',
  }));

const readRecords = (page: Page, tileId: string) =>
  page.locator(`[data-tile-id="${tileId}"]`).evaluate((tile) => ({
    total: tile.getAttribute('data-rows'),
    rows: [...tile.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-record-id'), ...[...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)]),
    foot: tile.querySelector('.records-foot')?.textContent ?? '',
  }));

/** The page of a records table on the wall at `now`, and its footer, as the preset pages them: 7 rows, every 10 s. */
function recordsPage(rows: { id: string; cells: string[]; overdue: boolean }[], now: number) {
  const size = 7;
  const count = Math.max(1, Math.ceil(rows.length / size));
  const index = Math.floor(now / 10_000) % count;
  const overdue = rows.filter((r) => r.overdue).length;
  return {
    total: String(rows.length),
    rows: rows.slice(index * size, (index + 1) * size).map((r) => [r.id, ...r.cells]),
    foot: `${rows.length} mục · ${overdue} quá hạn${count > 1 ? ` · trang ${index + 1}/${count}` : ''}`,
  };
}

const byDueThenId = <T extends { id: string }>(due: (x: T) => number) => (a: T, b: T) => due(a) - due(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

test('the preset named "Dịch vụ công – Văn bản – Phản ánh" is the wall\'s, on the connectors\' own series; the simulator\'s twin says "(mô phỏng)"', async () => {
  const layouts = await call<Layout[]>(demo.app.consoleUrl, 'layouts.list', {});
  const named = (name: string) => layouts.filter((l) => l.name === name).map((l) => l.id);
  expect(named('Dịch vụ công – Văn bản – Phản ánh')).toEqual([LAYOUT]);
  expect(example.walls[0]!.layout).toBe(LAYOUT);
  expect(named('Dịch vụ công – Văn bản – Phản ánh (mô phỏng)')).toEqual(['dich-vu-cong-van-ban-phan-anh']);
  const read = layout.tiles.flatMap((t) =>
    t.kind === 'kpi' ? [t.options.seriesId] : t.kind === 'ranking' ? [...(t.options.series ?? []), t.options.match?.source ?? '', t.options.average ?? ''].filter(Boolean) : [],
  );
  expect(read.length).toBeGreaterThan(10);
  for (const id of read) expect(id, id).toMatch(/^(portal\.dvc\.|docs\.qlvb\.|open311\.hue-s\.|dvc$|qlvb$)/);
});

test('the index-766 indicators and the dossiers received equal the portal fixture\'s dossiers', async ({ page }) => {
  await openDisplay(page, 'r0c0');
  await expectWall(
    async () => readKpis(page),
    async () => {
      const times = await syncTimes('portal.dvc.received');
      if (!times) return 'no portal sync yet';
      const p = expectedDossiers(demo.portal.dossiers, times.last).province;
      return {
        'kpi-dung-han': kpiText(p.onTimeRate, 2, '%'),
        'kpi-nop-truc-tuyen': kpiText(p.onlineRate, 2, '%'),
        'kpi-thanh-toan-truc-tuyen': kpiText(p.onlinePaymentRate, 2, '%'),
        'kpi-so-hoa': kpiText(p.digitisationRate, 2, '%'),
        'kpi-thoi-gian-giai-quyet': kpiText(p.averageDays, 2, 'ngày'),
        'kpi-tiep-nhan': kpiText(p.received, 0, 'hồ sơ'),
      };
    },
  );
});

test('dossier counts, and agencies ranked by their on-time rate, lowest first, against the province average', async ({ page }) => {
  await openDisplay(page, 'r0c1');
  await expectWall(
    async () => readKpis(page),
    async () => {
      const times = await syncTimes('portal.dvc.received');
      if (!times) return 'no portal sync yet';
      const p = expectedDossiers(demo.portal.dossiers, times.last).province;
      return {
        'kpi-da-giai-quyet': kpiText(p.completed, 0, 'hồ sơ'),
        'kpi-dang-giai-quyet': kpiText(p.inProgress, 0, 'hồ sơ'),
        'kpi-ho-so-qua-han': kpiText(p.overdue, 0, 'hồ sơ'),
      };
    },
  );
  await expectWall(
    () => readRanking(page, 'xep-hang-co-quan'),
    async () => {
      const times = await syncTimes('portal.dvc.received');
      if (!times) return 'no portal sync yet';
      const e = expectedDossiers(demo.portal.dossiers, times.last);
      // Every agency with a dossier in the period, however many: the tile picks them by label.
      const rows = byCode(e.agencies).map(([, agency]) => ({ name: agency.name, value: agency.onTimeRate ?? undefined }));
      const average = e.province.onTimeRate;
      // Lowest first: with more agencies than rows, the wall keeps those that need attention.
      return { rows: smallestFirst(rows, (v) => vi(v, 2)).slice(0, maxRowsOf('xep-hang-co-quan')), legend: average === null ? 'Đơn vị: %' : `Trung bình tỉnh: ${vi(average, 2)} %` };
    },
  );
});

test('documents: counts, departments ranked by overdue documents, and the overdue documents with their deadlines', async ({ page }) => {
  await openDisplay(page, 'r1c0');
  const expectedNow = async () => {
    const times = await syncTimes('docs.qlvb.in-progress');
    return times && expectedDocuments(demo.documents, organIds, times.first, times.last);
  };
  await expectWall(
    async () => {
      const kpis = await readKpis(page);
      return [kpis['kpi-van-ban-qua-han'], kpis['kpi-van-ban-den'], kpis['kpi-van-ban-dang-xu-ly']];
    },
    async () => {
      const e = await expectedNow();
      return e ? [kpiText(e.overdue, 0, 'văn bản'), kpiText(e.received, 0, 'văn bản'), kpiText(e.inProgress, 0, 'văn bản')] : 'no document sync yet';
    },
  );
  await expectWall(
    () => readRanking(page, 'xep-hang-van-ban'),
    async () => {
      const e = await expectedNow();
      if (!e) return 'no document sync yet';
      const rows = byCode(e.overdueByDepartment).map(([code, overdue]) => ({ name: departments[code] ?? code, value: overdue }));
      return { rows: largestFirst(rows, (v) => vi(v, 0)).slice(0, maxRowsOf('xep-hang-van-ban')), legend: 'Đơn vị: văn bản' };
    },
  );
  const statusLabels: Record<string, string> = { received: 'Đã đến', accepted: 'Đã tiếp nhận', assigned: 'Đã phân công', 'in-progress': 'Đang xử lý' };
  await expectWall(
    () => readRecords(page, 'van-ban-qua-han'),
    async () => {
      const e = await expectedNow();
      if (!e) return 'no document sync yet';
      const now = Date.now();
      const rows = e.open
        .filter((d) => now > d.deadline)
        .sort(byDueThenId((d) => d.deadline))
        .map((d) => ({
          id: d.id,
          overdue: true,
          cells: [d.number, departments[d.departmentCode]!, `${formatDateTime(d.deadline, 'vi')} · ${formatSla(d.deadline, now, 'vi')}`, statusLabels[d.status]!],
        }));
      return recordsPage(rows, now);
    },
  );
});

test('field reports: counts and the open reports with their SLA countdown, the oldest too', async ({ page }) => {
  // The ones a control room must see: open for over a month, and over three.
  const openFor = (days: number) => demo.reports.reports.filter((r) => r.status === 'open' && Date.parse(r.requested_datetime) < startedAt - days * DAY).length;
  expect(openFor(30)).toBeGreaterThan(openFor(90));
  expect(openFor(90)).toBeGreaterThan(0);
  await openDisplay(page, 'r1c1');
  const expectedNow = async () => {
    const times = await syncTimes('open311.hue-s.open-total');
    return times && expectedReports(demo.reports.reports, times.first, times.last);
  };
  await expectWall(
    async () => {
      const kpis = await readKpis(page);
      return [kpis['kpi-phan-anh-qua-han'], kpis['kpi-phan-anh-dang-mo'], kpis['kpi-phan-anh-dung-han']];
    },
    async () => {
      const e = await expectedNow();
      return e ? [kpiText(e.overdue, 0, 'phản ánh'), kpiText(e.open.length, 0, 'phản ánh'), kpiText(e.onTimeRate7d, 1, '%')] : 'no Open311 sync yet';
    },
  );
  await expectWall(
    () => readRecords(page, 'phan-anh'),
    async () => {
      const e = await expectedNow();
      if (!e) return 'no Open311 sync yet';
      const now = Date.now();
      const rows = [...e.open].sort(byDueThenId((r) => r.dueAt)).map((r) => ({
        id: r.id,
        overdue: now > r.dueAt,
        cells: [r.statusLabel, r.serviceName, r.ward, formatSla(r.dueAt, now, 'vi')],
      }));
      return recordsPage(rows, now);
    },
  );
});

test('every display draws its tiles live, none in error; screenshots of the wall', async ({ page }) => {
  const pngs: Buffer[] = [];
  for (const displayId of ['r0c0', 'r0c1', 'r1c0', 'r1c1']) {
    await openDisplay(page, displayId);
    const expected = expectedTiles(LAYOUT, Number(displayId[1]), Number(displayId[3]));
    await expect.poll(async () => (await page.locator('[data-tile-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tile-id')))).sort()).toEqual(expected);
    await expect(page.locator('[data-state="error"]')).toHaveCount(0);
    // A portal indicator with nothing to count yet (2.2 in the first hours of a month) is N/A: its tile stays stale.
    const times = await syncTimes('portal.dvc.received');
    const portalValues = times ? expectedSeries(demo.portal.dossiers, times.last, 'dvc') : new Map<string, number>();
    const noValue = (tileId: string | null) => {
      const tile = layout.tiles.find((t) => t.id === tileId);
      return tile?.kind === 'kpi' && tile.options.seriesId.startsWith('portal.dvc.') && !portalValues.has(tile.options.seriesId);
    };
    for (const kind of ['kpi', 'ranking', 'records', 'clock']) {
      const tiles = page.locator(`[data-tile-kind="${kind}"]`);
      for (let i = 0; i < (await tiles.count()); i++) {
        const state = noValue(await tiles.nth(i).getAttribute('data-tile-id')) ? 'stale' : 'live';
        await expect(tiles.nth(i)).toHaveAttribute('data-state', state, { timeout: 30_000 });
      }
    }
    const records = page.locator('[data-tile-kind="records"] tbody tr');
    if ((await page.locator('[data-tile-kind="records"]').count()) > 0) await expect(records.first()).toBeVisible({ timeout: 30_000 });
    pngs.push(await page.screenshot({ path: `${shots}/egov-preset-${displayId}.png` }));
  }
  // The four displays as the room sees them, scaled into one 1920x1080 picture.
  await page.setContent(
    `<body style="margin:0;background:#000;display:grid;grid-template-columns:1fr 1fr;gap:4px">${pngs
      .map((p) => `<img style="width:100%;display:block" src="data:image/png;base64,${p.toString('base64')}">`)
      .join('')}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  writeFileSync(`${shots}/egov-preset-wall.png`, await page.screenshot());
});
