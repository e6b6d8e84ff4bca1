import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { migrations } from './migrations.js';
import { createStore } from './store.js';

describe('records repo on a real SQLite file', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'db.sqlite');
  });
  afterEach(() => tmp.cleanup());

  it('orders and filters the records an older release stored, once upgraded', () => {
    const old = new Database(file);
    for (const [i, sql] of migrations.slice(0, 3).entries()) {
      old.exec(sql);
      old.pragma(`user_version = ${i + 1}`);
    }
    const insert = old.prepare("INSERT INTO records (kind, id, source, updated_at, body) VALUES ('field-report', ?, 'hue-s', ?, ?)");
    insert.run('late', 1, JSON.stringify({ status: 'in_progress', dueAt: 10, serviceCode: 'VSMT', ward: { key: '19789', name: 'Phường Thuận Hóa' } }));
    insert.run('done', 3, JSON.stringify({ status: 'resolved', dueAt: 5, serviceCode: 'VSMT' }));
    insert.run('soon', 2, JSON.stringify({ status: 'new', dueAt: 50, serviceCode: 'CSCC' }));
    old.close();

    const store = createStore({ file, secretKey: randomBytes(32) });
    const page = store.records.list({ kind: 'field-report', limit: 10, now: 20, where: {} });
    expect(page.records.map((r) => r.id)).toEqual(['late', 'soon', 'done']);
    expect(page.overdue).toBe(1);
    expect(store.records.list({ kind: 'field-report', limit: 10, now: 20, where: { place: ['19789'] } }).records.map((r) => r.id)).toEqual(['late']);
    store.close();
  });

  it('keeps the newer version of a record and its facts when an older one arrives late', () => {
    const store = createStore({ file, secretKey: randomBytes(32) });
    store.records.upsert('hue-s', [{ kind: 'field-report', id: 'r', updatedAt: 2, data: { status: 'resolved', dueAt: 5 } }]);
    store.records.upsert('hue-s', [{ kind: 'field-report', id: 'r', updatedAt: 1, data: { status: 'in_progress', dueAt: 5 } }]);
    expect(store.records.list({ kind: 'field-report', limit: 10, now: 20, where: { overdueOnly: true } }).total).toBe(0);
    expect(store.records.get('field-report', 'r')?.data.status).toBe('resolved');
    store.close();
  });
});
