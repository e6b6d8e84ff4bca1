import { useEffect, useState } from 'react';
import { RECORDS_MAX_LIMIT, type RecordsPage, type RecordsWhere } from '../../../common/index.js';
import { useActions, useApp } from '../../state/AppContext.js';

/** Records change without an event of their own, so the tile asks again this often. */
export const RECORDS_POLL_MS = 15_000;

export interface RecordsFetch {
  /** The host's last answer; undefined before the first. */
  page: RecordsPage | undefined;
  /** Host time of that answer. */
  fetchedAt: number | undefined;
  loaded: boolean;
}

/**
 * Asks the host for the most urgent records of a kind matching `where`, now, whenever `where` changes, and
 * every RECORDS_POLL_MS while the connection is open; a failed poll keeps the last answer.
 */
export function useRecords(kind: string, where: RecordsWhere, facets = false): RecordsFetch {
  const actions = useActions();
  const connected = useApp((s) => s.connection === 'open');
  const offset = useApp((s) => s.clockOffsetMs);
  const [state, setState] = useState<RecordsFetch>({ page: undefined, fetchedAt: undefined, loaded: false });
  // A new object each render with the same filter must not restart the polling.
  const whereKey = JSON.stringify(where);

  useEffect(() => {
    if (!connected) return;
    let stopped = false;
    const poll = async () => {
      const r = await actions.listRecords({ kind, limit: RECORDS_MAX_LIMIT, where: JSON.parse(whereKey) as RecordsWhere, facets });
      if (stopped) return;
      if (r.ok) setState({ page: r.value, fetchedAt: Date.now() + offset, loaded: true });
      else console.warn(`ioc-wall: records.list ${kind}: ${r.error.message}`);
    };
    void poll();
    const timer = setInterval(() => void poll(), RECORDS_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [actions, connected, kind, whereKey, facets, offset]);

  return state;
}
