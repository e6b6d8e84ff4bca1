/** Index access that fails loudly: the model's indices come from its own tables, so a miss is a bug. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item at index ${index} of ${items.length}`);
  return item;
}

/** Pairs a static table (places, departments) with the state kept per entry, in the same order. */
export function zip<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  if (as.length !== bs.length) throw new RangeError(`zip of ${as.length} and ${bs.length} items`);
  return as.map((a, i) => [a, itemAt(bs, i)]);
}
