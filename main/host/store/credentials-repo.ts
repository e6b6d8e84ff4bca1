import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../../common/index.js';
import type { Caller } from '../caller.js';
import type { Db } from './database.js';

export interface CredentialsRepo {
  /** Registers a credential (idempotent by label) and returns its token. */
  ensure(caller: Caller): string;
  resolve(token: string): Caller | undefined;
}

/**
 * Tokens are HMACs of the credential's label under the host's secret key, so a display's URL stays
 * the same across restarts (a kiosk's bookmark keeps working) while nothing secret sits in the
 * database. Wall display credentials never expire: a wall must never fall back to a login page.
 * Rotating the key file revokes every token at once.
 */
export function createCredentialsRepo(db: Db, secretKey: Buffer, now: () => number): CredentialsRepo {
  const insert = db.prepare(
    'INSERT INTO credentials (label, role, wall_id, display_id, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (label) DO UPDATE SET role = excluded.role, wall_id = excluded.wall_id, display_id = excluded.display_id',
  );
  const all = db.prepare<[], { label: string; role: Role; wall_id: string | null; display_id: string | null }>(
    'SELECT label, role, wall_id, display_id FROM credentials',
  );
  const tokenOf = (label: string) => createHmac('sha256', secretKey).update(`credential:${label}`).digest('base64url');
  const byToken = new Map<string, Caller>();
  const index = (c: Caller) => byToken.set(tokenOf(c.label), c);
  for (const r of all.all()) {
    index({ label: r.label, role: r.role, ...(r.wall_id ? { wallId: r.wall_id } : {}), ...(r.display_id ? { displayId: r.display_id } : {}) });
  }

  return {
    ensure(caller) {
      insert.run(caller.label, caller.role, caller.wallId ?? null, caller.displayId ?? null, now());
      index(caller);
      return tokenOf(caller.label);
    },
    resolve(token) {
      for (const [known, caller] of byToken) {
        const a = Buffer.from(known);
        const b = Buffer.from(token);
        if (a.length === b.length && timingSafeEqual(a, b)) return caller;
      }
      return undefined;
    },
  };
}
