import { sourceDataAt, type RecordsPage } from '../../../common/index.js';
import { sourceFreshness, type SourceCondition } from '../data-state.js';

export interface RecordsFreshness {
  /** When the data shown was last read from its sources, on the host clock. */
  lastAt: number | undefined;
  staleAfterMs: number;
  condition: SourceCondition;
}

/**
 * The age of a records list is its sources' (their last complete read), not the time of the host's answer: a
 * source that stopped answering leaves the host serving the same old rows. With no source at all there is
 * nothing to wait for, and the answer's time stands; a source that never read to the end (since the host's
 * database was new) leaves the newest record's time.
 */
export function recordsFreshness(page: RecordsPage | undefined, fetchedAt: number | undefined, tileLimitMs: number): RecordsFreshness {
  if (!page) return { lastAt: undefined, staleAfterMs: tileLimitMs, condition: 'ok' };
  const { staleAfterMs, condition } = sourceFreshness(page.sources, tileLimitMs);
  if (page.sources.length === 0) return { lastAt: fetchedAt, staleAfterMs, condition };
  const newest = page.records.length === 0 ? undefined : Math.max(...page.records.map((r) => r.updatedAt));
  return { lastAt: sourceDataAt(page.sources) ?? newest, staleAfterMs, condition };
}
