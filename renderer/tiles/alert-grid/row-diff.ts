import type { Alert } from '../../../common/index.js';

export interface RowDiff {
  add: Alert[];
  update: Alert[];
  remove: Alert[];
}

/** What turns the grid's rows into `next`: a transaction, so the grid keeps scroll, selection and focus. */
export function diffRows(shown: ReadonlyMap<string, Alert>, next: readonly Alert[]): RowDiff {
  const add: Alert[] = [];
  const update: Alert[] = [];
  const keep = new Set<string>();
  for (const a of next) {
    keep.add(a.id);
    const old = shown.get(a.id);
    if (!old) add.push(a);
    else if (old !== a) update.push(a);
  }
  const remove = [...shown.values()].filter((a) => !keep.has(a.id));
  return { add, update, remove };
}
