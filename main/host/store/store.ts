import { cameraSchema, connectorHealthSchema, wallSchema, type ConnectorHealth } from '../../../common/index.js';
import { createAlertsRepo } from './alerts-repo.js';
import { createApiCamerasRepo } from './api-cameras-repo.js';
import { createAuditRepo } from './audit-repo.js';
import { createConnectorsRepo } from './connectors-repo.js';
import { createCredentialsRepo } from './credentials-repo.js';
import { createCursorsRepo } from './cursors-repo.js';
import { openDatabase, type Db } from './database.js';
import { createJsonRepo } from './json-repo.js';
import { createLayoutsRepo } from './layouts-repo.js';
import { createRecordsRepo } from './records-repo.js';
import { createSamplesRepo } from './samples-repo.js';

export interface StoreOptions {
  file: string;
  secretKey: Buffer;
  now?: () => number;
}

export function createStore(opts: StoreOptions) {
  const db: Db = openDatabase(opts.file);
  const now = opts.now ?? Date.now;
  const putHealth = db.prepare(
    'INSERT INTO connector_health (instance_id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (instance_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
  );
  const getHealth = db.prepare<[string], { body: string }>('SELECT body FROM connector_health WHERE instance_id = ?');
  return {
    db,
    layouts: createLayoutsRepo(db),
    walls: createJsonRepo(db, 'walls', wallSchema),
    /** Cameras of the configuration file, replaced by every sync. */
    cameras: createJsonRepo(db, 'cameras', cameraSchema),
    apiCameras: createApiCamerasRepo(db, opts.secretKey),
    connectors: createConnectorsRepo(db, opts.secretKey),
    connectorHealth: {
      put: (h: ConnectorHealth) => void putHealth.run(h.instanceId, JSON.stringify(h), h.updatedAt),
      get(id: string): ConnectorHealth | undefined {
        const row = getHealth.get(id);
        const parsed = row ? connectorHealthSchema.safeParse(JSON.parse(row.body)) : undefined;
        return parsed?.success ? parsed.data : undefined;
      },
    },
    cursors: createCursorsRepo(db),
    samples: createSamplesRepo(db),
    alerts: createAlertsRepo(db),
    records: createRecordsRepo(db),
    audit: createAuditRepo(db),
    credentials: createCredentialsRepo(db, opts.secretKey, now),
    close: () => db.close(),
  };
}

export type Store = ReturnType<typeof createStore>;
