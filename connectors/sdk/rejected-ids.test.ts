import { describe, expect, it } from 'vitest';
import { DAY } from '../../common/time.js';
import { expireRejected, MAX_KEPT, parseRejected, serialiseRejected, type Rejected } from './rejected-ids.js';

describe('rejected ids', () => {
  it('keeps the newest entries in a cursor value and says which did not fit', () => {
    const list = new Map<string, Rejected>(Array.from({ length: MAX_KEPT + 2 }, (_, i) => [`HUE-${i}`, { since: i, reason: 'r'.repeat(500) }]));
    const { value, dropped } = serialiseRejected(list);
    expect(dropped).toEqual(['HUE-1', 'HUE-0']);
    expect(value.length).toBeLessThanOrEqual(8192);
    const back = parseRejected(value)!;
    expect(back.size).toBe(MAX_KEPT);
    expect(back.get(`HUE-${MAX_KEPT + 1}`)).toEqual({ since: MAX_KEPT + 1, reason: 'r'.repeat(150) });
  });

  it('starts empty without a saved value and refuses one that is not its list', () => {
    expect(parseRejected(undefined)).toEqual(new Map());
    expect(parseRejected('not json')).toBeUndefined();
    expect(parseRejected('[{"id":"HUE-1","since":"hôm qua","reason":""}]')).toBeUndefined();
  });

  it('expires the entries first seen more than a day ago', () => {
    const now = 10 * DAY;
    const list = new Map<string, Rejected>([
      ['old', { since: now - DAY - 1, reason: 'a' }],
      ['day', { since: now - DAY, reason: 'b' }],
    ]);
    expect(expireRejected(list, now)).toEqual([['old', { since: now - DAY - 1, reason: 'a' }]]);
    expect([...list.keys()]).toEqual(['day']);
  });
});
