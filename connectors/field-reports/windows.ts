/** A span of `updated_datetime` to ask for, in epoch ms; both ends are whole seconds. */
export interface TimeWindow {
  from: number;
  to: number;
}

/**
 * GeoReport v2 answers "a span of 90 days or the first 1000 requests returned, whichever is smallest"
 * (wiki.open311.org/GeoReport_v2/Extensions, quoting the spec): a full answer may have been cut short.
 */
export const MAX_RESULTS = 1000;

/** Consecutive windows of at most `maxMs` from `from` to `to`; none when `from >= to`. */
export function planWindows(from: number, to: number, maxMs: number): TimeWindow[] {
  if (!(Number.isFinite(maxMs) && maxMs > 0)) throw new RangeError(`window length must be positive, got ${maxMs}`);
  const windows: TimeWindow[] = [];
  for (let start = from; start < to; start += maxMs) windows.push({ from: start, to: Math.min(start + maxMs, to) });
  return windows;
}

/** The query value: W3C date-time in UTC to the second, which every GeoReport server reads. */
export function isoSeconds(t: number): string {
  return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Reads a window, halving it while the server answers with MAX_RESULTS items, since the rest of the window
 * may have been left out. A window of a second or two that still fills up is kept as it is and reported.
 */
export async function fetchWindow(
  fetch: (window: TimeWindow) => Promise<unknown[]>,
  window: TimeWindow,
  onTruncated: (window: TimeWindow, count: number) => void,
): Promise<unknown[]> {
  const items = await fetch(window);
  if (items.length < MAX_RESULTS) return items;
  const mid = window.from + Math.floor((window.to - window.from) / 2000) * 1000;
  if (mid <= window.from) {
    onTruncated(window, items.length);
    return items;
  }
  const first = await fetchWindow(fetch, { from: window.from, to: mid }, onTruncated);
  const second = await fetchWindow(fetch, { from: mid, to: window.to }, onTruncated);
  return [...first, ...second];
}
