import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { layoutSchema } from '../../common/index.js';
import type { EvaluationRow } from '../../connectors/public-service-portal/fixture/ranking.js';
import { example, startEgovDemo, type EgovDemo } from './egov-demo.js';
import { expectWall, kpiText, readKpis } from './wall-read.js';
import { expectedTiles } from './wall-geometry.js';

/**
 * docs/examples/egov-demo.json with the layout "Chỉ số 766 – Cổng DVCQG (kết nối)" on its wall: the 766 total,
 * the six group scores, the province's rank and the statistics the portal publishes must equal the portal
 * fixture's raw national list, worked out here from Huế's row (domain.md 1.2–1.4).
 */

const LAYOUT = 'chi-so-766-ket-noi';
const shots = 'test-output/screenshots';
const displays = ['r0c0', 'r0c1', 'r1c0', 'r1c1'];
const layout = layoutSchema.parse(JSON.parse(readFileSync(`layouts/${LAYOUT}.json`, 'utf8')));
const departmentCode = example.connectors.find((c) => c.id === 'dvcqg')!.options.departmentCode as string;

/** The group maxima of index 766 (domain.md 1.3), by the tile that shows each. */
const groupTiles = { 'kpi-nhom-ckmb': ['CKMB', 18], 'kpi-nhom-tdgq': ['TDGQ', 20], 'kpi-nhom-clgq': ['CLGQ', 12], 'kpi-nhom-tttt': ['TTTT', 10], 'kpi-nhom-mdhl': ['MDHL', 18], 'kpi-nhom-mdsh': ['MDSH', 22] } as const;

/** Percent to 2 decimals, as the portal's own counts give it. */
const percent = (n: number, d: number): number => Math.round((n * 10_000) / d) / 100;

/** What each KPI tile must show, from the province's row of the national list (found by its DVCQG code) and the others'. */
function expectedKpis(rows: readonly EvaluationRow[]): Record<string, string> {
  const own = rows.filter((r) => r.departmentCode === departmentCode);
  expect(own, `one row for ${departmentCode}`).toHaveLength(1);
  const hue = own[0]!;
  // Ties share a place: the rank is one more than the provinces that scored higher.
  const rank = 1 + rows.filter((r) => r.totalScore > hue.totalScore).length;
  return {
    'kpi-diem-766': kpiText(hue.totalScore, 2, '/ 100'),
    'kpi-xep-hang': kpiText(rank, 0, '/ 34'),
    ...Object.fromEntries(Object.entries(groupTiles).map(([tile, [group]]) => [tile, kpiText(hue.groupScores[group], 2, 'điểm')])),
    'kpi-dvcqg-tiep-nhan': kpiText(hue.totalReceived, 0, 'hồ sơ'),
    'kpi-dvcqg-da-giai-quyet': kpiText(hue.totalCompleted, 0, 'hồ sơ'),
    'kpi-dvcqg-dung-han': kpiText(hue.ratio, 2, '%'),
    'kpi-dvcqg-thoi-gian': kpiText(hue.avgProcessingDays, 2, 'ngày'),
    'kpi-dvcqg-truc-tuyen': kpiText(percent(hue.channelOnlineSum, hue.channelTotalSum), 2, '%'),
    'kpi-dvcqg-thanh-toan': kpiText(percent(hue.totalDossierOnlinePaymentSuccess, hue.totalDossierFinancialObligation), 2, '%'),
  };
}

let demo: EgovDemo;

test.beforeAll(async () => {
  demo = await startEgovDemo(LAYOUT);
  mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await demo?.stop();
});

async function openDisplay(page: Page, displayId: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(demo.app.displays.find((d) => d.displayId === displayId)!.url);
  await expect(page.locator('.wall-root')).toHaveAttribute('data-layout-id', LAYOUT);
}

test('the layout shows the total with its maximum, the rank among the 34 provinces and each group with its maximum in the title', () => {
  const titles = new Map(layout.tiles.map((t) => [t.id, t.title ?? '']));
  expect(titles.get('kpi-diem-766')).toMatch(/tối đa 100\)$/);
  expect(titles.get('kpi-xep-hang')).toMatch(/34 tỉnh, thành phố/);
  for (const [tile, [, max]] of Object.entries(groupTiles)) expect(titles.get(tile), tile).toMatch(new RegExp(`\\(tối đa ${max}\\)$`));
  // Every KPI tile of the layout is checked against the fixture below.
  expect(layout.tiles.filter((t) => t.kind === 'kpi').map((t) => t.id).sort()).toEqual(Object.keys(expectedKpis(demo.portal.ranking)).sort());
  expect(demo.portal.ranking).toHaveLength(34);
});

for (const displayId of displays) {
  test(`display ${displayId}: every score, the rank and the published statistics equal Huế's row of the fixture's national list`, async ({ page }) => {
    await openDisplay(page, displayId);
    const shown = expectedTiles(LAYOUT, Number(displayId[1]), Number(displayId[3]));
    const want = Object.fromEntries(Object.entries(expectedKpis(demo.portal.ranking)).filter(([tile]) => shown.includes(tile)));
    expect(Object.keys(want).length, 'KPI tiles on this display').toBeGreaterThan(1);
    await expectWall(
      () => readKpis(page),
      async () => want,
    );
  });
}

/** Tiles whose text does not fit: a title cut by its ellipsis, a value or a heading past its tile's edges. */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const tile of document.querySelectorAll<HTMLElement>('[data-tile-id]')) {
      const box = tile.getBoundingClientRect();
      const id = tile.getAttribute('data-tile-id');
      if (box.left < 0 || box.top < 0 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5) out.push(`${id}: off the display`);
      for (const el of tile.querySelectorAll<HTMLElement>('.tile-title, .text-tile')) {
        if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) out.push(`${id}: "${el.textContent}" does not fit`);
      }
      for (const el of tile.querySelectorAll<HTMLElement>('.kpi-main, .kpi-period, .kpi-foot')) {
        const r = el.getBoundingClientRect();
        if (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom) out.push(`${id}: "${el.textContent}" past the tile`);
      }
    }
    return out;
  });

test('every display draws its tiles live, none in error, nothing cut off; screenshots of the wall', async ({ page }) => {
  const pngs: Buffer[] = [];
  for (const displayId of displays) {
    await openDisplay(page, displayId);
    const expected = expectedTiles(LAYOUT, Number(displayId[1]), Number(displayId[3]));
    await expect.poll(async () => (await page.locator('[data-tile-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tile-id')))).sort()).toEqual(expected);
    await expect(page.locator('[data-state="error"]')).toHaveCount(0);
    const kpis = page.locator('[data-tile-kind="kpi"]');
    for (let i = 0; i < (await kpis.count()); i++) await expect(kpis.nth(i)).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    await expect(page.locator('[data-tile-kind="kpi"] .kpi-value', { hasText: '—' })).toHaveCount(0);
    expect(await cutOff(page)).toEqual([]);
    pngs.push(await page.screenshot({ path: `${shots}/chi-so-766-${displayId}.png` }));
  }
  // The four displays as the room sees them, scaled into one 1920x1080 picture.
  await page.setContent(
    `<body style="margin:0;background:#000;display:grid;grid-template-columns:1fr 1fr;gap:4px">${pngs
      .map((p) => `<img style="width:100%;display:block" src="data:image/png;base64,${p.toString('base64')}">`)
      .join('')}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  writeFileSync(`${shots}/chi-so-766-wall.png`, await page.screenshot());
});
