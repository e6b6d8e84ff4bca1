import { createHash } from 'node:crypto';
import { layoutSchema, type Layout } from '../../../common/index.js';
import type { Db } from './database.js';

export interface LayoutsRepo {
  list(): Layout[];
  get(id: string): Layout | undefined;
  /** Saves a new version; the previous ones stay in layout_versions. */
  save(layout: Layout, by: string, at: number): Layout;
  /**
   * Brings a layout from a file in: a new file or a changed file replaces the stored one, unless a
   * supervisor has since edited it through the API, whose version wins.
   */
  importFromFile(layout: Layout, at: number): 'added' | 'updated' | 'unchanged' | 'kept-edited';
  versions(id: string): number[];
}

export function createLayoutsRepo(db: Db): LayoutsRepo {
  const getStmt = db.prepare<[string], { body: string; version: number; origin: string; file_hash: string | null }>(
    'SELECT body, version, origin, file_hash FROM layouts WHERE id = ?',
  );
  const listStmt = db.prepare<[], { body: string }>('SELECT body FROM layouts ORDER BY id');
  const upsert = db.prepare(
    `INSERT INTO layouts (id, version, body, origin, file_hash, updated_at) VALUES (@id, @version, @body, @origin, @fileHash, @at)
     ON CONFLICT (id) DO UPDATE SET version = @version, body = @body, origin = @origin, file_hash = @fileHash, updated_at = @at`,
  );
  const addVersion = db.prepare('INSERT INTO layout_versions (id, version, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)');
  const versionsStmt = db.prepare<[string], { version: number }>('SELECT version FROM layout_versions WHERE id = ? ORDER BY version');

  // Stored bodies were validated on the way in; parsing again guards against a hand-edited database.
  const parse = (body: string): Layout | undefined => {
    const r = layoutSchema.safeParse(JSON.parse(body));
    return r.success ? r.data : undefined;
  };

  const write = db.transaction((layout: Layout, origin: 'file' | 'api', fileHash: string | null, by: string, at: number) => {
    const prev = getStmt.get(layout.id);
    const version = (prev?.version ?? 0) + 1;
    const body = JSON.stringify(layout);
    upsert.run({ id: layout.id, version, body, origin, fileHash, at });
    addVersion.run(layout.id, version, body, at, by);
  });

  return {
    list: () => listStmt.all().flatMap((r) => parse(r.body) ?? []),
    get: (id) => {
      const row = getStmt.get(id);
      return row ? parse(row.body) : undefined;
    },
    save(layout, by, at) {
      write(layout, 'api', null, by, at);
      return layout;
    },
    importFromFile(layout, at) {
      const hash = createHash('sha256').update(JSON.stringify(layout)).digest('hex');
      const prev = getStmt.get(layout.id);
      if (prev?.origin === 'api') return 'kept-edited';
      if (prev?.file_hash === hash) return 'unchanged';
      write(layout, 'file', hash, 'file', at);
      return prev ? 'updated' : 'added';
    },
    versions: (id) => versionsStmt.all(id).map((r) => r.version),
  };
}
