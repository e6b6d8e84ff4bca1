import { isSecretOptionKey } from '../../../common/index.js';

export const isSecretKey = isSecretOptionKey;

/** The options with every secret value, at any depth, replaced by "***". */
export function maskSecretOptions(options: Record<string, unknown>): Record<string, unknown> {
  const mask = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mask);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretKey(k) ? '***' : mask(v)]));
  };
  return mask(options) as Record<string, unknown>;
}

/**
 * New options for an edit: top-level secret options the edit leaves out, or sends back as the "***"
 * it was shown, keep their stored value.
 */
export function mergeOptions(stored: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(stored).filter(([k]) => isSecretKey(k) && (!Object.hasOwn(given, k) || given[k] === '***'));
  return { ...given, ...Object.fromEntries(kept) };
}
