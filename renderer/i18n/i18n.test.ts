import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { vi } from './vi.js';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v as object, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

describe('translations', () => {
  it('give every Vietnamese string an English one with the same placeholders', () => {
    const v = leaves(vi);
    const e = leaves(en);
    expect([...e.keys()].sort()).toEqual([...v.keys()].sort());
    for (const [key, text] of v) expect(placeholders(e.get(key)!), key).toEqual(placeholders(text));
  });
});
