import type { z } from 'zod';
import type { Db } from './database.js';

/** A table of whole JSON documents keyed by id, each parsed with its schema on the way out. */
export interface JsonRepo<T extends { id: string }> {
  list(): T[];
  get(id: string): T | undefined;
  put(item: T, at: number): void;
  remove(id: string): boolean;
}

export function createJsonRepo<S extends z.ZodType<{ id: string }>>(
  db: Db,
  table: 'walls' | 'cameras' | 'connector_instances',
  schema: S,
): JsonRepo<z.output<S>> {
  const list = db.prepare<[], { body: string }>(`SELECT body FROM ${table} ORDER BY id`);
  const get = db.prepare<[string], { body: string }>(`SELECT body FROM ${table} WHERE id = ?`);
  const put = db.prepare(
    `INSERT INTO ${table} (id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  const parse = (body: string) => {
    const r = schema.safeParse(JSON.parse(body));
    return r.success ? (r.data as z.output<S>) : undefined;
  };
  return {
    list: () => list.all().flatMap((r) => parse(r.body) ?? []),
    get: (id) => {
      const row = get.get(id);
      return row ? parse(row.body) : undefined;
    },
    put: (item, at) => void put.run(item.id, JSON.stringify(item), at),
    remove: (id) => remove.run(id).changes > 0,
  };
}
