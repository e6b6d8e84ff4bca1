import { seriesSchema, type Sample, type Series } from '../../../common/index.js';
import type { Db } from './database.js';

export interface SamplesRepo {
  putSeries(series: Series[]): Series[];
  listSeries(): Series[];
  hasSeries(id: string): boolean;
  /** One transaction for the batch; a repeated (series, t) keeps the newest value. */
  append(samples: Sample[]): void;
  query(seriesIds: string[], since: number, limitPerSeries: number): Sample[];
  deleteBefore(t: number): number;
}

export function createSamplesRepo(db: Db): SamplesRepo {
  const putSeries = db.prepare('INSERT INTO series (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body');
  const listSeries = db.prepare<[], { body: string }>('SELECT body FROM series ORDER BY id');
  const insert = db.prepare('INSERT INTO samples (series_id, t, v) VALUES (?, ?, ?) ON CONFLICT (series_id, t) DO UPDATE SET v = excluded.v');
  // Newest N then reversed: a chart wants the recent end when a series is dense.
  const query = db.prepare<[string, number, number], { t: number; v: number }>(
    'SELECT t, v FROM (SELECT t, v FROM samples WHERE series_id = ? AND t >= ? ORDER BY t DESC LIMIT ?) ORDER BY t',
  );
  const deleteBefore = db.prepare('DELETE FROM samples WHERE t < ?');
  const known = new Set<string>();

  const appendAll = db.transaction((samples: Sample[]) => {
    for (const s of samples) insert.run(s.seriesId, s.t, s.v);
  });
  const putAll = db.transaction((series: Series[]) => {
    for (const s of series) putSeries.run(s.id, JSON.stringify(s));
  });
  const listAll = () =>
    listSeries.all().flatMap((r) => {
      const p = seriesSchema.safeParse(JSON.parse(r.body));
      return p.success ? [p.data] : [];
    });
  for (const s of listAll()) known.add(s.id);

  return {
    putSeries(series) {
      putAll(series);
      for (const s of series) known.add(s.id);
      return series;
    },
    listSeries: listAll,
    hasSeries: (id) => known.has(id),
    append: (samples) => appendAll(samples),
    query: (ids, since, limit) => ids.flatMap((id) => query.all(id, since, limit).map((r) => ({ seriesId: id, t: r.t, v: r.v }))),
    deleteBefore: (t) => deleteBefore.run(t).changes,
  };
}
