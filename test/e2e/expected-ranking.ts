/** A ranking row as the wall shows it: place, name, value. */
export interface RankingRowText {
  rank: string;
  name: string;
  value: string;
}

/**
 * The rows of a ranking that puts the largest value on top (on-time rates best first, overdue documents worst
 * first): equal values share a place ("1, 2, 2, 4") and keep the layout's order, rows without a value go last.
 */
export function largestFirst(rows: readonly { name: string; value: number | undefined }[], format: (v: number) => string): RankingRowText[] {
  const valued = rows.filter((r): r is { name: string; value: number } => r.value !== undefined);
  const ranked = [...valued]
    .sort((a, b) => b.value - a.value)
    .map((r) => ({ rank: String(1 + valued.filter((o) => o.value > r.value).length), name: r.name, value: format(r.value) }));
  return [...ranked, ...rows.filter((r) => r.value === undefined).map((r) => ({ rank: '–', name: r.name, value: '—' }))];
}
