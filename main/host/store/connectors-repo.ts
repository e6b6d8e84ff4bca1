import { connectorInstanceSchema, type ConnectorInstance } from '../../../common/index.js';
import type { Db } from './database.js';
import type { JsonRepo } from './json-repo.js';
import { deriveKey, open, seal } from './secret-box.js';

/**
 * Connector instances, their options sealed with AES-GCM: options hold the sources' passwords and API
 * keys, which must not sit in the database in clear. The configuration file is applied again at every
 * start, so options that no longer open (a new secret key) are written afresh then.
 */
export function createConnectorsRepo(db: Db, secretKey: Buffer): JsonRepo<ConnectorInstance> {
  const key = deriveKey(secretKey, 'connector-options');
  const list = db.prepare<[], { body: string }>('SELECT body FROM connector_instances ORDER BY id');
  const get = db.prepare<[string], { body: string }>('SELECT body FROM connector_instances WHERE id = ?');
  const put = db.prepare(
    'INSERT INTO connector_instances (id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM connector_instances WHERE id = ?');

  const parse = (body: string): ConnectorInstance | undefined => {
    const { sealedOptions, ...rest } = JSON.parse(body) as { sealedOptions?: string } & Record<string, unknown>;
    let options: unknown = {};
    try {
      if (sealedOptions) options = JSON.parse(open(key, sealedOptions));
    } catch {
      options = {};
    }
    const r = connectorInstanceSchema.safeParse({ ...rest, options });
    return r.success ? r.data : undefined;
  };

  return {
    list: () => list.all().flatMap((r) => parse(r.body) ?? []),
    get: (id) => {
      const row = get.get(id);
      return row ? parse(row.body) : undefined;
    },
    put: (instance, at) => {
      const { options, ...rest } = instance;
      put.run(instance.id, JSON.stringify({ ...rest, sealedOptions: seal(key, JSON.stringify(options)) }), at);
    },
    remove: (id) => remove.run(id).changes > 0,
  };
}
