import { foldQuery, recordFacts, type RecordFacet, type RecordsWhere, type SourceRecord } from '../../../common/index.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** Bumped when record-facts.ts reads a kind differently: stored facts of an older version are read again at start. */
const FACTS_VERSION = 1;
const BACKFILL_BATCH = 500;

export interface RecordQuery {
  kind: string;
  limit: number;
  /** Host time: a record is overdue when open and due before it. */
  now: number;
  where: RecordsWhere;
}

export interface RecordPage {
  records: SourceRecord[];
  total: number;
  overdue: number;
}

export type RecordFacets = Record<'status' | 'category' | 'place', RecordFacet[]>;

export interface RecordsRepo {
  upsert(source: string, records: SourceRecord[]): void;
  /** Open records with a due time by due time (ties by id), then the rest newest first; counts beyond the limit. */
  list(query: RecordQuery): RecordPage;
  get(kind: string, id: string): SourceRecord | undefined;
  /** The connector instance that stored a record. */
  sourceOf(kind: string, id: string): string | undefined;
  /** Records of a kind, whatever their data. */
  count(kind: string): number;
  facets(kind: string): RecordFacets;
  /** The connector instances that stored records of a kind. */
  sources(kind: string): string[];
}

interface Row {
  kind: string;
  id: string;
  updated_at: number;
  body: string;
}

const toRecord = (r: Row): SourceRecord => ({ kind: r.kind, id: r.id, updatedAt: r.updated_at, data: JSON.parse(r.body) });

/** The columns of record-facts.ts, in the order of the statements below. */
function factColumns(r: { kind: string; id: string; data: Record<string, unknown> }): (string | number | null)[] {
  const f = recordFacts(r.kind, r.id, r.data);
  return [FACTS_VERSION, f.open ? 1 : 0, f.dueAt ?? null, f.status ?? null, f.statusLabel ?? null, f.category ?? null, f.categoryLabel ?? null, f.place ?? null, f.placeLabel ?? null, f.search];
}
const FACTS = 'facts_version, open, due_at, status, status_label, category, category_label, place, place_label, search';
const FACT_SETS = FACTS.split(', ').map((c) => `${c} = excluded.${c}`).join(', ');

/** LIKE treats % and _ as wildcards: typed ones are meant literally. */
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause of a filter and its parameters; json_each takes each list as one JSON parameter. */
function filterSql(kind: string, where: RecordsWhere, now: number): { sql: string; params: (string | number)[] } {
  const parts = ['kind = ?'];
  const params: (string | number)[] = [kind];
  for (const [column, list] of [['status', where.status], ['category', where.category], ['place', where.place]] as const) {
    if (list === undefined) continue;
    parts.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(list));
  }
  if (where.overdueOnly) {
    parts.push('open = 1 AND due_at < ?');
    params.push(now);
  }
  const text = foldQuery(where.text ?? '');
  if (text !== '') {
    parts.push("search LIKE ? ESCAPE '\\'");
    params.push(likeText(text));
  }
  return { sql: parts.join(' AND '), params };
}

export function createRecordsRepo(db: Db): RecordsRepo {
  const put = db.prepare(
    `INSERT INTO records (kind, id, source, updated_at, body, ${FACTS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at, body = excluded.body, ${FACT_SETS}
     WHERE excluded.updated_at >= records.updated_at`,
  );
  const upsertAll = db.transaction((source: string, records: SourceRecord[]) => {
    for (const r of records) put.run(r.kind, r.id, source, r.updatedAt, JSON.stringify(r.data), ...factColumns(r));
  });

  // Records stored before the facts existed, or read by an older version of them.
  const stale = db.prepare<[number, number], Row>('SELECT kind, id, updated_at, body FROM records WHERE facts_version < ? LIMIT ?');
  const refresh = db.prepare(`UPDATE records SET (${FACTS}) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE kind = ? AND id = ?`);
  const backfill = db.transaction((rows: Row[]) => {
    for (const r of rows) refresh.run(...factColumns({ kind: r.kind, id: r.id, data: JSON.parse(r.body) }), r.kind, r.id);
  });
  for (let rows = stale.all(FACTS_VERSION, BACKFILL_BATCH); rows.length > 0; rows = stale.all(FACTS_VERSION, BACKFILL_BATCH)) backfill(rows);

  // One statement per combination of filters, prepared once.
  const statements = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare<unknown[]>(sql)));
    return s;
  };
  const running = 'open = 1 AND due_at IS NOT NULL';
  const get = db.prepare<[string, string], Row>('SELECT kind, id, updated_at, body FROM records WHERE kind = ? AND id = ?');
  const source = db.prepare<[string, string], { source: string }>('SELECT source FROM records WHERE kind = ? AND id = ?');
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM records WHERE kind = ?');
  const sources = db.prepare<[string], { source: string }>('SELECT DISTINCT source FROM records WHERE kind = ? ORDER BY source');
  const facet = (column: 'status' | 'category' | 'place') =>
    db.prepare<[string], { value: string; label: string | null; n: number }>(
      `SELECT ${column} AS value, MAX(${column}_label) AS label, COUNT(*) AS n FROM records WHERE kind = ? AND ${column} IS NOT NULL GROUP BY ${column}`,
    );
  const facetQueries = { status: facet('status'), category: facet('category'), place: facet('place') };

  return {
    upsert: (source, records) => upsertAll(source, records),
    list({ kind, limit, now, where }) {
      const { sql, params } = filterSql(kind, where, now);
      const first = prepared(`SELECT kind, id, updated_at, body FROM records WHERE ${sql} AND ${running} ORDER BY due_at, id LIMIT ?`).all(...params, limit) as Row[];
      const rest =
        first.length < limit
          ? (prepared(`SELECT kind, id, updated_at, body FROM records WHERE ${sql} AND NOT (${running}) ORDER BY updated_at DESC, id LIMIT ?`).all(...params, limit - first.length) as Row[])
          : [];
      const counts = prepared(`SELECT COUNT(*) AS total, COALESCE(SUM(open = 1 AND due_at < ?), 0) AS overdue FROM records WHERE ${sql}`).get(now, ...params) as { total: number; overdue: number };
      return { records: [...first, ...rest].map(toRecord), total: counts.total, overdue: counts.overdue };
    },
    get: (kind, id) => {
      const row = get.get(kind, id);
      return row ? toRecord(row) : undefined;
    },
    sourceOf: (kind, id) => source.get(kind, id)?.source,
    count: (kind) => count.get(kind)?.n ?? 0,
    facets(kind) {
      const read = (column: keyof typeof facetQueries) =>
        facetQueries[column]
          .all(kind)
          .map((r) => ({ value: r.value, label: r.label ?? r.value, count: r.n }))
          .sort((a, b) => a.label.localeCompare(b.label, 'vi') || a.value.localeCompare(b.value));
      return { status: read('status'), category: read('category'), place: read('place') };
    },
    sources: (kind) => sources.all(kind).map((r) => r.source),
  };
}
