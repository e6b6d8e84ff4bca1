import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutSchema, type Layout } from '../../../common/index.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { migrations } from './migrations.js';
import { createStore, type Store } from './store.js';

const layout = (id: string, title = 'Xin chào'): Layout =>
  layoutSchema.parse({ id, name: 'Thử', grid: { cols: 4, rows: 4 }, tiles: [{ id: 't', kind: 'text', x: 0, y: 0, w: 2, h: 1, options: { text: title } }] });

describe('store on a real SQLite file', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let file: string;
  const key = randomBytes(32);
  let clock = 1_700_000_000_000;
  const now = () => clock;

  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'db.sqlite');
    store = createStore({ file, secretKey: key, now });
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it('opens in WAL mode at the latest schema version', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
  });

  it('refuses a database from a newer release instead of misreading it', () => {
    store.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => createStore({ file, secretKey: key })).toThrow(/newer than this release/);
    store = createStore({ file: join(tmp.dir, 'other.sqlite'), secretKey: key });
  });

  it('keeps every layout version and lets an API edit win over the file on the next start', () => {
    expect(store.layouts.importFromFile(layout('a'), now())).toBe('added');
    expect(store.layouts.importFromFile(layout('a'), now())).toBe('unchanged');
    expect(store.layouts.importFromFile(layout('a', 'Sửa'), now())).toBe('updated');
    store.layouts.save(layout('a', 'Giám sát viên sửa'), 'console', now());
    expect(store.layouts.importFromFile(layout('a', 'Tệp mới'), now())).toBe('kept-edited');
    expect(store.layouts.versions('a')).toEqual([1, 2, 3]);
    const got = store.layouts.get('a')!;
    expect(got.tiles[0]!.kind === 'text' && got.tiles[0]!.options.text).toBe('Giám sát viên sửa');
  });

  it('survives a reopen with data intact', () => {
    store.layouts.save(layout('b'), 'console', now());
    store.samples.putSeries([{ id: 's.one', name: 'Một', unit: '', source: 'sim', labels: {} }]);
    store.samples.append([{ seriesId: 's.one', t: 1, v: 2 }]);
    store.close();
    store = createStore({ file, secretKey: key, now });
    expect(store.layouts.get('b')?.id).toBe('b');
    expect(store.samples.query(['s.one'], 0, 10)).toEqual([{ seriesId: 's.one', t: 1, v: 2 }]);
    expect(store.samples.hasSeries('s.one')).toBe(true);
  });

  it('returns the newest samples per series, oldest first, and applies retention', () => {
    store.samples.putSeries([{ id: 'x', name: 'X', unit: '', source: 'sim', labels: {} }]);
    store.samples.append(Array.from({ length: 10 }, (_, i) => ({ seriesId: 'x', t: i * 1000, v: i })));
    expect(store.samples.query(['x'], 0, 3).map((s) => s.v)).toEqual([7, 8, 9]);
    expect(store.samples.query(['x'], 5000, 100).map((s) => s.v)).toEqual([5, 6, 7, 8, 9]);
    expect(store.samples.deleteBefore(5000)).toBe(5);
    expect(store.samples.query(['x'], 0, 100)).toHaveLength(5);
  });

  it('raises an alert once per source reference, updates it, reopens it, and keeps its history', () => {
    const input = { sourceRef: 'r1', severity: 'major' as const, category: 'traffic', title: 'Ùn tắc', raisedAt: now() };
    const a = store.alerts.raise('sim', input, now());
    expect(a).toMatchObject({ id: 'al-1', status: 'open', source: 'sim' });
    clock += 1000;
    const b = store.alerts.raise('sim', { ...input, severity: 'critical' }, now());
    expect(b).toMatchObject({ id: 'al-1', severity: 'critical' });
    store.alerts.transition(a.id, 'assigned', 'console', 'đi ngay', now(), 'CSGT Tổ 3');
    expect(store.alerts.get(a.id)).toMatchObject({ status: 'assigned', assignee: 'CSGT Tổ 3' });
    store.alerts.transition(a.id, 'resolved', 'console', '', now());
    expect(store.alerts.list(['open', 'acknowledged', 'assigned'], 'info', 10)).toHaveLength(0);
    store.alerts.raise('sim', input, now());
    expect(store.alerts.get(a.id)?.status).toBe('open');
    expect(store.alerts.history(a.id).map((h) => h.action)).toEqual(['raised', 'updated', 'assigned', 'resolved', 'raised']);
    expect(store.alerts.transition('al-99', 'resolved', 'x', '', now())).toBeUndefined();
  });

  it('filters alerts by severity and status, newest first', () => {
    const mk = (ref: string, severity: 'critical' | 'minor' | 'info', t: number) =>
      store.alerts.raise('sim', { sourceRef: ref, severity, category: 'c', title: ref, raisedAt: t }, t);
    mk('a', 'info', 1);
    mk('b', 'critical', 2);
    mk('c', 'minor', 3);
    expect(store.alerts.list(['open'], 'minor', 10).map((a) => a.title)).toEqual(['c', 'b']);
    expect(store.alerts.list(['open'], 'info', 2).map((a) => a.title)).toEqual(['c', 'b']);
  });

  it('chains audit entries so an edit in the middle is detected', () => {
    for (let i = 0; i < 3; i++) {
      store.audit.append({ at: now(), actor: 'console', role: 'operator', action: 'walls.setLayout', target: 'main', result: 'ok', detail: String(i) });
    }
    expect(store.audit.verify()).toBeUndefined();
    store.db.prepare("UPDATE audit SET detail = 'sửa lén' WHERE seq = 2").run();
    expect(store.audit.verify()).toBe(2);
  });

  it('seals connector options, so a source password never sits in the file in clear', () => {
    store.connectors.put({ id: 'dvc', type: 'public-service-portal', enabled: true, options: { username: 'ioc', password: 'Mk-Bi-Mat#2025' } }, now());
    expect(store.connectors.get('dvc')?.options).toEqual({ username: 'ioc', password: 'Mk-Bi-Mat#2025' });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    expect(readFileSync(file).includes('Mk-Bi-Mat#2025')).toBe(false);
    // A new secret key cannot open the old options: the instance stays, its options empty until the config is applied again.
    store = createStore({ file, secretKey: randomBytes(32), now });
    expect(store.connectors.get('dvc')).toMatchObject({ id: 'dvc', options: {} });
  });

  it('derives stable tokens from the key and resolves them to their caller', () => {
    const t1 = store.credentials.ensure({ role: 'viewer', label: 'display main/r0c0', wallId: 'main', displayId: 'r0c0' });
    expect(store.credentials.resolve(t1)).toMatchObject({ role: 'viewer', wallId: 'main' });
    expect(store.credentials.resolve(t1 + 'x')).toBeUndefined();
    expect(store.credentials.resolve('')).toBeUndefined();
    store.close();
    store = createStore({ file, secretKey: key, now });
    expect(store.credentials.resolve(t1)?.label).toBe('display main/r0c0');
    store.close();
    store = createStore({ file, secretKey: randomBytes(32), now });
    expect(store.credentials.resolve(t1)).toBeUndefined();
  });
});
