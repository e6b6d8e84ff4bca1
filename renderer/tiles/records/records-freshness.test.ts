import { describe, expect, it } from 'vitest';
import type { RecordSource, RecordsPage } from '../../../common/index.js';
import { recordsFreshness } from './records-freshness.js';

const source = (s: Partial<RecordSource>): RecordSource => ({ instanceId: 'hue-s', state: 'ok', message: '', ...s });
const page = (sources: RecordSource[], updatedAt: number[] = []): RecordsPage => ({
  records: updatedAt.map((t, i) => ({ kind: 'field-report', id: `r${i}`, updatedAt: t, data: {} })),
  total: updatedAt.length,
  overdue: 0,
  all: updatedAt.length,
  sources,
});

describe('recordsFreshness', () => {
  it('dates the rows by their sources\' last read, not by the host\'s answer, and waits two of their polls', () => {
    expect(recordsFreshness(page([source({ lastReadAt: 1000, refreshMs: 60_000 })], [900]), 5000, 60_000)).toEqual({ lastAt: 1000, staleAfterMs: 150_000, condition: 'ok' });
    // The oldest of two sources, and the worse condition.
    expect(recordsFreshness(page([source({ lastReadAt: 1000 }), source({ instanceId: 'b', lastReadAt: 400, state: 'down' })]), 5000, 60_000)).toMatchObject({ lastAt: 400, condition: 'down' });
  });

  it('takes the answer\'s time when no source stores the kind, and the newest record when none ever read to the end', () => {
    expect(recordsFreshness(page([]), 5000, 60_000).lastAt).toBe(5000);
    expect(recordsFreshness(page([source({ state: 'stopped' })], [300, 700]), 5000, 60_000).lastAt).toBe(700);
    expect(recordsFreshness(undefined, undefined, 60_000)).toEqual({ lastAt: undefined, staleAfterMs: 60_000, condition: 'ok' });
  });
});
