import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../common/index.js';
import type { Db } from './database.js';

export type AuditInput = Omit<AuditEntry, 'seq' | 'hash'>;

export interface AuditRepo {
  append(entry: AuditInput): AuditEntry;
  latest(limit: number): AuditEntry[];
  /** Re-computes the chain; returns the first seq whose hash does not match, or undefined when intact. */
  verify(): number | undefined;
  deleteBefore(t: number): number;
}

const GENESIS = '0'.repeat(64);

function hashOf(prev: string, e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(prev)
    .update(JSON.stringify([e.seq, e.at, e.actor, e.role, e.action, e.target, e.result, e.detail]))
    .digest('hex');
}

/**
 * Append-only, hash-chained: each entry's hash covers the previous hash, so editing or removing
 * an entry in the middle is detectable. Retention cuts only from the old end.
 */
export function createAuditRepo(db: Db): AuditRepo {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO audit (seq, at, actor, role, action, target, result, detail, hash) VALUES (@seq, @at, @actor, @role, @action, @target, @result, @detail, @hash)',
  );
  const latest = db.prepare<[number], AuditEntry>('SELECT * FROM audit ORDER BY seq DESC LIMIT ?');
  const all = db.prepare<[], AuditEntry>('SELECT * FROM audit ORDER BY seq');
  const deleteBefore = db.prepare('DELETE FROM audit WHERE at < ?');

  const append = db.transaction((entry: AuditInput): AuditEntry => {
    const prev = last.get();
    const seq = (prev?.seq ?? 0) + 1;
    const full = { ...entry, seq };
    const hash = hashOf(prev?.hash ?? GENESIS, full);
    insert.run({ ...full, hash });
    return { ...full, hash };
  });

  return {
    append,
    latest: (limit) => latest.all(limit),
    verify() {
      let prev: string | undefined;
      for (const e of all.iterate()) {
        // After retention the oldest kept entry anchors the chain.
        if (prev !== undefined && hashOf(prev, e) !== e.hash) return e.seq;
        prev = e.hash;
      }
      return undefined;
    },
    deleteBefore: (t) => deleteBefore.run(t).changes,
  };
}
