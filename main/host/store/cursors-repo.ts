import type { Db } from './database.js';

/** Sync cursors of connector instances, by instance and key. Values are opaque to the host. */
export interface CursorsRepo {
  get(instanceId: string, key: string): string | undefined;
  set(instanceId: string, key: string, value: string, at: number): void;
  /** When the instance last moved any of its cursors: it had read its source that far. */
  latestAt(instanceId: string): number | undefined;
  /** Every key of an instance, when the instance is removed; answers how many went. */
  remove(instanceId: string): number;
}

export function createCursorsRepo(db: Db): CursorsRepo {
  const get = db.prepare<[string, string], { value: string }>('SELECT value FROM connector_cursors WHERE instance_id = ? AND key = ?');
  const set = db.prepare(
    `INSERT INTO connector_cursors (instance_id, key, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (instance_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const latest = db.prepare<[string], { at: number | null }>('SELECT MAX(updated_at) AS at FROM connector_cursors WHERE instance_id = ?');
  const remove = db.prepare('DELETE FROM connector_cursors WHERE instance_id = ?');
  return {
    get: (instanceId, key) => get.get(instanceId, key)?.value,
    set: (instanceId, key, value, at) => void set.run(instanceId, key, value, at),
    latestAt: (instanceId) => latest.get(instanceId)?.at ?? undefined,
    remove: (instanceId) => remove.run(instanceId).changes,
  };
}
