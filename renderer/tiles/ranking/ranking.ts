export interface RankInput {
  id: string;
  name: string;
  value: number | undefined;
}

export interface RankedRow extends RankInput {
  /** 1 for the first shown (the best, or the worst when worst-first); equal values share a rank ("1, 2, 2, 4"); undefined without a value. */
  rank: number | undefined;
  /** Bar length, 0-1 of the largest value shown (the average included, so its marker stays on the scale). */
  share: number;
}

/**
 * Orders agencies best first in the tile's direction, or worst first; the rank is the place in that
 * order. Agencies with no value yet go last, in the order the layout lists them, so a missing feed is
 * visible rather than ranked as zero.
 */
export function rankRows(
  inputs: readonly RankInput[],
  direction: 'higher-better' | 'lower-better',
  average?: number,
  order: 'best-first' | 'worst-first' = 'best-first',
): RankedRow[] {
  const sign = (direction === 'higher-better' ? -1 : 1) * (order === 'best-first' ? 1 : -1);
  const withValue = inputs.filter((i): i is RankInput & { value: number } => i.value !== undefined).sort((a, b) => sign * (a.value - b.value));
  const without = inputs.filter((i) => i.value === undefined);
  const scale = Math.max(0, average ?? 0, ...withValue.map((i) => i.value));
  const share = (v: number | undefined) => (v === undefined || scale === 0 ? 0 : Math.max(0, v) / scale);
  const ranked = withValue.map((i) => ({
    ...i,
    rank: withValue.findIndex((j) => j.value === i.value) + 1,
    share: share(i.value),
  }));
  return [...ranked, ...without.map((i) => ({ ...i, rank: undefined, share: 0 }))];
}

/** Where the average marker sits on the bars' scale, 0-1; undefined without an average. */
export function averageShare(rows: readonly RankedRow[], average: number | undefined): number | undefined {
  if (average === undefined) return undefined;
  const scale = Math.max(0, average, ...rows.map((r) => r.value ?? 0));
  return scale === 0 ? 0 : Math.max(0, average) / scale;
}

/**
 * One label per row. A connector names each agency's series "<metric>: <agency>", the same metric on every
 * row, so the shared part up to its last ": " is cut and the row reads "Sở Xây dựng" (the tile's title names
 * the metric); names without such a shared part stay whole. An id's last part stands in until names arrive.
 */
export function rowLabels(seriesIds: readonly string[], names: readonly (string | undefined)[]): string[] {
  const known = names.filter((n): n is string => n !== undefined);
  const shared = known.reduce((prefix, name) => {
    let i = 0;
    while (i < prefix.length && prefix[i] === name[i]) i++;
    return prefix.slice(0, i);
  }, known[0] ?? '');
  const cut = shared.lastIndexOf(': ') + 2;
  return seriesIds.map((id, i) => {
    const name = names[i];
    if (name === undefined) return id.slice(id.lastIndexOf('.') + 1);
    return cut > 1 && name.length > cut ? name.slice(cut) : name;
  });
}
