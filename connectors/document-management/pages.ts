import type { Page } from './client.js';

/** Guards against an adapter that ignores `page` and repeats the same page with a `nextPage` forever. */
const MAX_PAGES = 1000;

/** Fetches page 1, then each `nextPage` in turn, handing every page to `use` before asking for the next. */
export async function eachPage(what: string, fetch: (page: number) => Promise<Page>, use: (page: Page, n: number) => Promise<void> | void): Promise<void> {
  for (let n = 1, count = 1; ; count++) {
    if (count > MAX_PAGES) throw new Error(`reading ${what} stopped after ${MAX_PAGES} pages: the adapter may be ignoring the page parameter`);
    const page = await fetch(n);
    await use(page, n);
    if (page.nextPage === undefined || page.nextPage <= n) return;
    n = page.nextPage;
  }
}
