import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../common/time.js';
import { MAX_CHARS, openListOf, parseOpenList, serialiseOpenList } from './open-list.js';
import { sampleReport } from './test-kit.js';
import { isoSeconds } from './windows.js';

const cursorAt = Date.UTC(2025, 5, 2, 3);
const lookback = 30 * DAY;
/** The UTC day that starts 30 days before the cursor. */
const dayBefore = Date.UTC(2025, 4, 3);

describe('the list of old open reports', () => {
  it('holds the open reports received before the day the lookback starts, oldest first', () => {
    const reports = [
      sampleReport({ id: 'HUE-3', requestedAt: dayBefore - DAY }),
      sampleReport({ id: 'HUE-1', requestedAt: dayBefore - 90 * DAY }),
      sampleReport({ id: 'HUE-2', requestedAt: dayBefore - 1000, status: 'returned' }),
      sampleReport({ id: 'HUE-closed', requestedAt: dayBefore - 5 * DAY, status: 'resolved' }),
      sampleReport({ id: 'HUE-rejected', requestedAt: dayBefore - 5 * DAY, status: 'rejected' }),
      sampleReport({ id: 'HUE-recent', requestedAt: dayBefore + HOUR }),
    ];
    expect(openListOf(reports, cursorAt, lookback)).toEqual({ before: dayBefore, ids: ['HUE-1', 'HUE-3', 'HUE-2'] });
    // The same all day long, so the cursor value is written again only when a report opens or closes.
    expect(openListOf(reports, cursorAt + 20 * HOUR, lookback).before).toBe(dayBefore);
    expect(openListOf(reports, cursorAt + 21 * HOUR, lookback).before).toBe(dayBefore + DAY);
  });

  it('fits in a cursor value: those left out move `before` back to the first of them, to the second', () => {
    const reports = Array.from({ length: 2000 }, (_, i) => sampleReport({ id: `HUE-${100000 + i}`, requestedAt: dayBefore - 10 * DAY + i * 60_500 }));
    const list = openListOf(reports, cursorAt, lookback);
    expect(serialiseOpenList(list).length).toBeLessThanOrEqual(MAX_CHARS);
    expect(serialiseOpenList({ ...list, ids: [...list.ids, 'HUE-999999'] }).length).toBeGreaterThan(MAX_CHARS);
    const kept = list.ids.length;
    expect(list.ids).toEqual(reports.slice(0, kept).map((r) => r.id));
    expect(list.before).toBe(Math.floor(reports[kept]!.requestedAt / 1000) * 1000);
    expect(list.before).toBeLessThanOrEqual(reports[kept]!.requestedAt);
  });

  it('reads back what it wrote, and nothing else', () => {
    const list = { before: dayBefore, ids: ['HUE-1', 'HUE-2'] };
    expect(serialiseOpenList(list)).toBe(`{"before":"${isoSeconds(dayBefore)}","ids":["HUE-1","HUE-2"]}`);
    expect(parseOpenList(serialiseOpenList(list))).toEqual(list);
    for (const bad of ['', '[]', '{"before":"hôm qua","ids":[]}', '{"before":"2025-05-03T00:00:00Z"}', '{"before":"2025-05-03T00:00:00Z","ids":[""]}', '{"before":"2025-05-03T00:00:00Z","ids":[1]}']) {
      expect(parseOpenList(bad), bad).toBeUndefined();
    }
  });
});
