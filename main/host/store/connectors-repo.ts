import { connectorInstanceSchema, type ConnectorInstance } from '../../../common/index.js';
import type { Db } from './database.js';
import type { JsonRepo } from './json-repo.js';
import { deriveKey, open, seal } from './secret-box.js';

/** Where an instance is defined: the configuration file (re-applied at every start) or the API (the database's own). */
export type ConnectorSource = 'config' | 'api';

export interface StoredConnector {
  instance: ConnectorInstance;
  source: ConnectorSource;
}

export interface ConnectorsRepo extends JsonRepo<ConnectorInstance> {
  entries(): StoredConnector[];
  entry(id: string): StoredConnector | undefined;
  /** Without a source, an instance keeps the one it has (config for a new one). */
  put(instance: ConnectorInstance, at: number, source?: ConnectorSource): void;
}

/**
 * Connector instances, their options sealed with AES-GCM: options hold the sources' passwords and API
 * keys, which must not sit in the database in clear. The configuration file is applied again at every
 * start, so options that no longer open (a new secret key) are written afresh then.
 */
export function createConnectorsRepo(db: Db, secretKey: Buffer): ConnectorsRepo {
  const key = deriveKey(secretKey, 'connector-options');
  const list = db.prepare<[], { body: string }>('SELECT body FROM connector_instances ORDER BY id');
  const get = db.prepare<[string], { body: string }>('SELECT body FROM connector_instances WHERE id = ?');
  const put = db.prepare(
    'INSERT INTO connector_instances (id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM connector_instances WHERE id = ?');

  const parse = (body: string): StoredConnector | undefined => {
    const { sealedOptions, source, ...rest } = JSON.parse(body) as { sealedOptions?: string; source?: unknown } & Record<string, unknown>;
    let options: unknown = {};
    try {
      if (sealedOptions) options = JSON.parse(open(key, sealedOptions));
    } catch {
      options = {};
    }
    const r = connectorInstanceSchema.safeParse({ ...rest, options });
    // Rows written before API instances existed carry no marker: they came from the file.
    return r.success ? { instance: r.data, source: source === 'api' ? 'api' : 'config' } : undefined;
  };
  const entry = (id: string) => {
    const row = get.get(id);
    return row ? parse(row.body) : undefined;
  };

  return {
    entries: () => list.all().flatMap((r) => parse(r.body) ?? []),
    entry,
    list: () => list.all().flatMap((r) => parse(r.body)?.instance ?? []),
    get: (id) => entry(id)?.instance,
    put: (instance, at, source) => {
      const { options, ...rest } = instance;
      const kept = source ?? entry(instance.id)?.source ?? 'config';
      put.run(instance.id, JSON.stringify({ ...rest, source: kept, sealedOptions: seal(key, JSON.stringify(options)) }), at);
    },
    remove: (id) => remove.run(id).changes > 0,
  };
}
