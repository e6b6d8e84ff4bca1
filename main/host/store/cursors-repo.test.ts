import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { migrations } from './migrations.js';
import { createStore } from './store.js';

describe('cursors repo on a real SQLite file', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  const secretKey = randomBytes(32);

  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'db.sqlite');
  });
  afterEach(() => tmp.cleanup());

  it('keeps one value per instance and key, replaced by the last set, across a reopen', () => {
    const store = createStore({ file, secretKey });
    store.cursors.set('portal-a', 'default', '2025-07-01T00:00:00Z', 1);
    store.cursors.set('portal-a', 'default', '2025-07-02T00:00:00Z', 2);
    store.cursors.set('portal-a', 'dossiers', 'page-7', 2);
    store.cursors.set('portal-b', 'default', 'other', 2);
    expect(store.cursors.get('portal-c', 'default')).toBeUndefined();
    // When each instance last moved any cursor: how far it has read its source.
    expect([store.cursors.latestAt('portal-a'), store.cursors.latestAt('portal-c')]).toEqual([2, undefined]);
    store.close();

    const reopened = createStore({ file, secretKey });
    expect(reopened.cursors.get('portal-a', 'default')).toBe('2025-07-02T00:00:00Z');
    expect(reopened.cursors.get('portal-a', 'dossiers')).toBe('page-7');
    expect(reopened.cursors.get('portal-b', 'default')).toBe('other');
    expect(reopened.cursors.get('portal-b', 'dossiers')).toBeUndefined();
    reopened.close();
  });

  it('upgrades a database of the first schema version with its data in place', () => {
    const old = new Database(file);
    old.exec(migrations[0]!);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO connector_instances (id, body, updated_at) VALUES ('sim', ?, 1)").run(JSON.stringify({ id: 'sim', type: 'simulator', enabled: true, options: {} }));
    old.close();

    const store = createStore({ file, secretKey });
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(store.connectors.get('sim')?.type).toBe('simulator');
    store.cursors.set('sim', 'default', 'x', 1);
    expect(store.cursors.get('sim', 'default')).toBe('x');
    store.close();
  });
});
