import { expect, type Page } from '@playwright/test';

/** A number as a Vietnamese reader sees it: "12.345,67" (Intl's vi-VN, not the renderer's formatter). */
export const vi = (v: number, decimals: number): string =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v);

/** What a KPI tile shows: the value and its unit; "—" before the first value. */
export const kpiText = (v: number | null, decimals: number, unit: string): string => `${v === null ? '—' : vi(v, decimals)} ${unit}`;

/** Every KPI tile of the page by tile id: "value unit" as shown. */
export const readKpis = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-tile-kind="kpi"]')].map((el) => [
        el.getAttribute('data-tile-id'),
        `${el.querySelector('.kpi-value')?.textContent ?? ''} ${el.querySelector('.kpi-unit')?.textContent ?? ''}`,
      ]),
    ),
  );

/**
 * Retries until what the wall shows equals what the fixtures give: a sync, a page turn or a countdown
 * ticking between the two reads only delays agreement.
 */
export async function expectWall(read: () => Promise<unknown>, expected: () => Promise<unknown>): Promise<void> {
  await expect
    .poll(
      async () => {
        const want = JSON.stringify(await expected(), null, 1);
        const got = JSON.stringify(await read(), null, 1);
        return got === want ? 'same' : `the wall shows\n${got}\nthe fixtures give\n${want}`;
      },
      { timeout: 60_000, intervals: [500, 1000] },
    )
    .toBe('same');
}
