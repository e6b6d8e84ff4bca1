import type { RecordRow } from './record-rows.js';

/** What an operator has narrowed a list to; an absent facet matches everything. */
export interface RecordFilter {
  status?: string;
  group?: string;
  place?: string;
  overdueOnly?: boolean;
  /** Text to find in one cell (or the id), typed with or without Vietnamese diacritics. */
  text?: string;
}

export type FacetKey = 'status' | 'group' | 'place';

/** Lower case without diacritics, so "phuong vy da" finds "Phường Vỹ Dạ": desks type fast. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function filterRows(rows: readonly RecordRow[], filter: RecordFilter): RecordRow[] {
  const query = foldText(filter.text ?? '').trim().replace(/\s+/g, ' ');
  return rows.filter((row) => {
    if (filter.overdueOnly && !row.overdue) return false;
    if (filter.status !== undefined && row.facets.status !== filter.status) return false;
    if (filter.group !== undefined && row.facets.group !== filter.group) return false;
    if (filter.place !== undefined && row.facets.place !== filter.place) return false;
    // One cell at a time: "thuan hoa" finds the ward Thuận Hóa, not Thuận An beside a category with "hòa" in it.
    return query === '' || [row.id, ...row.cells].some((cell) => foldText(cell).replace(/\s+/g, ' ').includes(query));
  });
}

export interface FacetChoice {
  value: string;
  count: number;
}

/** The values a facet takes among the rows, with how many rows have each, in Vietnamese order. */
export function facetChoices(rows: readonly RecordRow[], key: FacetKey): FacetChoice[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const v = row.facets[key];
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'vi'));
}
