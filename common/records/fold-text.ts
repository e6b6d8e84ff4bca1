/** Lower case without diacritics, so "phuong vy da" finds "Phường Vỹ Dạ": desks type fast. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** A search typed by a person: folded, trimmed, inner spaces collapsed. */
export function foldQuery(s: string): string {
  return foldText(s).trim().replace(/\s+/g, ' ');
}
