import { useEffect, useState } from 'react';
import type { SourceRecord } from '../../../common/index.js';
import { useActions, useApp } from '../../state/AppContext.js';

/** Records change without an event of their own, so the tile asks again this often. */
export const RECORDS_POLL_MS = 15_000;
/** Enough for any table a wall pages through; the host allows up to 500. */
const LIMIT = 200;

export interface RecordsFetch {
  records: SourceRecord[];
  /** Host time of the last answer, for the tile's freshness; undefined before the first. */
  fetchedAt: number | undefined;
  loaded: boolean;
}

/** Fetches a kind of records now and every RECORDS_POLL_MS while the connection is open; a failed poll keeps the last list. */
export function useRecords(kind: string, statuses: readonly string[] | undefined): RecordsFetch {
  const actions = useActions();
  const connected = useApp((s) => s.connection === 'open');
  const offset = useApp((s) => s.clockOffsetMs);
  const [state, setState] = useState<RecordsFetch>({ records: [], fetchedAt: undefined, loaded: false });
  const statusKey = statuses?.join('\n');

  useEffect(() => {
    if (!connected) return;
    let stopped = false;
    const poll = async () => {
      const status = statusKey === undefined ? undefined : statusKey.split('\n');
      const r = await actions.listRecords({ kind, limit: LIMIT, where: status ? { status } : {} });
      if (stopped) return;
      if (r.ok) setState({ records: r.value, fetchedAt: Date.now() + offset, loaded: true });
      else console.warn(`ioc-wall: records.list ${kind}: ${r.error.message}`);
    };
    void poll();
    const timer = setInterval(() => void poll(), RECORDS_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [actions, connected, kind, statusKey, offset]);

  return state;
}
