import { isSecretOptionKey, SECRET_MASK } from '../../../common/index.js';

export const isSecretKey = isSecretOptionKey;

type Path = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The options with every secret value, at any depth, replaced by the mask. */
export function maskSecretOptions(options: Record<string, unknown>): Record<string, unknown> {
  const mask = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mask);
    if (!isObject(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretKey(k) ? SECRET_MASK : mask(v)]));
  };
  return mask(options) as Record<string, unknown>;
}

/**
 * New options for an edit. A secret sent back as the mask it was shown keeps the stored value at the
 * same place, at any depth; top-level secrets the edit leaves out keep theirs too. Deeper down a
 * missing key is a removal: in a record such as a field map the keys are data, and "Token" may be one.
 * List items pair by position only while the list keeps its length: after a removal a position names
 * another item, and its mask is left for `maskedSecretPath` to refuse.
 */
export function mergeOptions(stored: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  const merge = (old: unknown, value: unknown): unknown => {
    if (Array.isArray(value)) return Array.isArray(old) && old.length === value.length ? value.map((v, i) => merge(old[i], v)) : value;
    if (!isObject(value)) return value;
    const before = isObject(old) ? old : {};
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isSecretKey(k) && v === SECRET_MASK && Object.hasOwn(before, k) ? before[k] : merge(before[k], v)]),
    );
  };
  const kept = Object.entries(stored).filter(([k]) => isSecretKey(k) && !Object.hasOwn(given, k));
  return { ...(merge(stored, given) as Record<string, unknown>), ...Object.fromEntries(kept) };
}

/**
 * Where a mask is still left under a secret key after merging: nothing was stored there to keep, so
 * saving it would make "***" the password. Undefined when there is none.
 */
export function maskedSecretPath(options: Record<string, unknown>): Path | undefined {
  const find = (value: unknown, path: Path): Path | undefined => {
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isObject(value) ? Object.entries(value) : [];
    for (const [k, v] of entries) {
      if (typeof k === 'string' && isSecretKey(k) && v === SECRET_MASK) return [...path, k];
      const deeper = find(v, [...path, k]);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return find(options, []);
}
