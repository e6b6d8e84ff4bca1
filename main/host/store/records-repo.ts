import type { SourceRecord } from '../../../common/index.js';
import type { Db } from './database.js';

export interface RecordsRepo {
  upsert(source: string, records: SourceRecord[]): void;
  /** Newest first; with statuses, only records whose `status` (a string or a number such as a dossier's) is one of them. */
  list(kind: string, limit: number, statuses?: readonly string[]): SourceRecord[];
}

export function createRecordsRepo(db: Db): RecordsRepo {
  const put = db.prepare(
    `INSERT INTO records (kind, id, source, updated_at, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at, body = excluded.body
     WHERE excluded.updated_at >= records.updated_at`,
  );
  // Filtered in SQL so the limit counts matching records; json_each takes the statuses as one JSON parameter.
  const list = db.prepare<[string, string | null, string | null, number], { kind: string; id: string; updated_at: number; body: string }>(
    `SELECT kind, id, updated_at, body FROM records
     WHERE kind = ? AND (? IS NULL OR CAST(json_extract(body, '$.status') AS TEXT) IN (SELECT value FROM json_each(?)))
     ORDER BY updated_at DESC LIMIT ?`,
  );
  const upsertAll = db.transaction((source: string, records: SourceRecord[]) => {
    for (const r of records) put.run(r.kind, r.id, source, r.updatedAt, JSON.stringify(r.data));
  });
  return {
    upsert: (source, records) => upsertAll(source, records),
    list: (kind, limit, statuses) => {
      const filter = statuses === undefined ? null : JSON.stringify(statuses);
      return list.all(kind, filter, filter, limit).map((r) => ({ kind: r.kind, id: r.id, updatedAt: r.updated_at, data: JSON.parse(r.body) }));
    },
  };
}
