import { cameraSchema, type Camera } from '../../../common/index.js';
import type { Db } from './database.js';
import { deriveKey, open, seal } from './secret-box.js';

/** A camera added through the API, with its credentials in clear: held in memory only. */
export interface ApiCamera {
  camera: Camera;
  username?: string;
  password?: string;
}

export interface ApiCamerasRepo {
  list(): ApiCamera[];
  get(id: string): ApiCamera | undefined;
  put(entry: ApiCamera, at: number): void;
  remove(id: string): boolean;
}

interface Row {
  body: string;
  username: string | null;
  password_sealed: string | null;
}

/** Cameras added through the API. The password is sealed under a key of its own, derived from the host's secret key. */
export function createApiCamerasRepo(db: Db, secretKey: Buffer): ApiCamerasRepo {
  const key = deriveKey(secretKey, 'camera-credentials');
  const list = db.prepare<[], Row>('SELECT body, username, password_sealed FROM api_cameras ORDER BY id');
  const get = db.prepare<[string], Row>('SELECT body, username, password_sealed FROM api_cameras WHERE id = ?');
  const put = db.prepare(
    `INSERT INTO api_cameras (id, body, username, password_sealed, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, username = excluded.username, password_sealed = excluded.password_sealed, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM api_cameras WHERE id = ?');
  const parse = (row: Row): ApiCamera | undefined => {
    const r = cameraSchema.safeParse(JSON.parse(row.body));
    if (!r.success) return undefined;
    const password = row.password_sealed ? unseal(row.password_sealed) : undefined;
    return { camera: r.data, ...(row.username ? { username: row.username } : {}), ...(password ? { password } : {}) };
  };
  // A password sealed under another key (secret.key replaced) cannot be read: the camera stays, and
  // its stream's authentication error tells the operator to enter the password again.
  const unseal = (sealed: string) => {
    try {
      return open(key, sealed);
    } catch {
      return undefined;
    }
  };
  return {
    list: () => list.all().flatMap((row) => parse(row) ?? []),
    get: (id) => {
      const row = get.get(id);
      return row ? parse(row) : undefined;
    },
    put: ({ camera, username, password }, at) =>
      void put.run(camera.id, JSON.stringify(camera), username || null, password ? seal(key, password) : null, at),
    remove: (id) => remove.run(id).changes > 0,
  };
}
