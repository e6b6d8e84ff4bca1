/** A ranking row as the wall shows it: place, name, value. */
export interface RankingRowText {
  rank: string;
  name: string;
  value: string;
}

/** The rows of a ranking in the order `before` puts values in: equal values share a place ("1, 2, 2, 4") and keep the layout's order, rows without a value go last. */
function rankedBy(
  rows: readonly { name: string; value: number | undefined }[],
  format: (v: number) => string,
  before: (a: number, b: number) => number,
): RankingRowText[] {
  const valued = rows.filter((r): r is { name: string; value: number } => r.value !== undefined);
  const ranked = [...valued]
    .sort((a, b) => before(a.value, b.value))
    .map((r) => ({ rank: String(1 + valued.filter((o) => before(o.value, r.value) < 0).length), name: r.name, value: format(r.value) }));
  return [...ranked, ...rows.filter((r) => r.value === undefined).map((r) => ({ rank: '–', name: r.name, value: '—' }))];
}

/** A ranking with the largest value on top: overdue documents, worst first. */
export const largestFirst = (rows: readonly { name: string; value: number | undefined }[], format: (v: number) => string): RankingRowText[] =>
  rankedBy(rows, format, (a, b) => b - a);

/** A ranking with the smallest value on top: on-time rates, worst first. */
export const smallestFirst = (rows: readonly { name: string; value: number | undefined }[], format: (v: number) => string): RankingRowText[] =>
  rankedBy(rows, format, (a, b) => a - b);
