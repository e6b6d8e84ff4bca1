import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type RecordsPage, type SourceRecord } from '../../../common/index.js';
import { idleRuntime } from '../../../test/helpers/idle-runtime.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { createBus } from '../bus.js';
import type { Caller } from '../caller.js';
import { silentLogger } from '../log.js';
import { createStore, type Store } from '../store/store.js';
import { createHandlers } from './handlers.js';
import { createApiService, type ApiService } from './service.js';

const viewer: Caller = { role: 'viewer', label: 'display main/r0c0', wallId: 'main', displayId: 'r0c0' };
const operator: Caller = { role: 'operator', label: 'console' };
const NOW = 1_750_000_000_000;
const HOUR = 3_600_000;

const report = (id: string, status: string, updatedAt: number, extra: Record<string, unknown> = {}): SourceRecord => ({
  kind: 'field-report',
  id,
  updatedAt,
  data: {
    id,
    status,
    description: `Đèn hỏng, gọi 0912 345 678 hoặc an${id}@example.com`,
    personal: { name: 'Nguyễn Văn An', phone: '+84 912 345 678', email: `an${id}@example.com` },
    ...extra,
  },
});

describe('records.list', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let api: ApiService;

  beforeEach(() => {
    tmp = tempDir();
    store = createStore({ file: join(tmp.dir, 'db.sqlite'), secretKey: randomBytes(32) });
    const config = configSchema.parse({ walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'a' }] });
    const now = () => NOW;
    api = createApiService({
      handlers: createHandlers({ store, bus: createBus(), config, now, cameraHealth: () => [], streamTokenFor: () => 'stream-token', connectorTypes: {}, runtime: idleRuntime }),
      audit: store.audit,
      log: silentLogger,
      now,
    });
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  const list = async (caller: Caller, input: object) => {
    const r = await api.call(caller, 'records.list', input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as RecordsPage;
  };
  const ids = async (input: object) => (await list(viewer, input)).records.map((r) => r.id);

  describe('on a few records', () => {
    beforeEach(() => {
      store.records.upsert('hue-s', [report('1', 'new', 100), report('2', 'resolved', 300), report('3', 'rejected', 200)]);
      store.records.upsert('portal', [{ kind: 'dossier', id: 'H1', updatedAt: 50, data: { code: 'H1', status: 4 } }]);
    });

    it('gives a viewer records without personal data, phones and e-mails masked', async () => {
      const { records } = await list(viewer, { kind: 'field-report' });
      expect(records.map((r) => r.id)).toEqual(['2', '3', '1']);
      for (const r of records) {
        expect(r.data).not.toHaveProperty('personal');
        expect(JSON.stringify(r.data)).not.toMatch(/Nguyễn|345 678|an\d@example/);
      }
      expect(records[0]!.data.description).toBe('Đèn hỏng, gọi 0912 *** *** hoặc a***@example.com');
    });

    it('gives an operator the personal data', async () => {
      const [first] = (await list(operator, { kind: 'field-report', limit: 1 })).records;
      expect(first!.data.personal).toEqual({ name: 'Nguyễn Văn An', phone: '+84 912 345 678', email: 'an2@example.com' });
      expect(first!.data.description).toContain('0912 345 678');
    });

    it('stops at the limit but counts beyond it, and refuses a limit above 500', async () => {
      expect(await list(viewer, { kind: 'field-report', limit: 2 })).toMatchObject({ total: 3, all: 3, overdue: 0 });
      expect(await ids({ kind: 'field-report', limit: 2 })).toHaveLength(2);
      const r = await api.call(viewer, 'records.list', { kind: 'field-report', limit: 501 });
      expect(r).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    });

    it('filters by status, string or numeric, before the limit', async () => {
      expect(await ids({ kind: 'field-report', limit: 1, where: { status: ['new', 'resolved'] } })).toEqual(['2']);
      expect(await ids({ kind: 'dossier', where: { status: ['4'] } })).toEqual(['H1']);
      expect(await ids({ kind: 'dossier', where: { status: ['9'] } })).toEqual([]);
    });

    it('answers an unknown kind with an empty page and refuses an unknown filter', async () => {
      expect(await list(viewer, { kind: 'document' })).toEqual({ records: [], total: 0, overdue: 0, all: 0, sources: [] });
      expect(await api.call(viewer, 'records.list', { kind: 'document', where: { ward: ['19789'] } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    });
  });

  it('puts the open records first by due time, so the most overdue of 260 lead, and counts them all', async () => {
    // Received over 260 hours, each due 72 h later: 188 are past due now. Updated last is received last.
    const reports = Array.from({ length: 260 }, (_, i) => {
      const requestedAt = NOW - (260 - i) * HOUR;
      return report(`HUE-${String(i).padStart(6, '0')}`, i % 10 === 0 ? 'resolved' : 'in_progress', requestedAt + HOUR, { dueAt: requestedAt + 72 * HOUR });
    });
    store.records.upsert('hue-s', reports);
    const page = await list(viewer, { kind: 'field-report', limit: 200 });
    const open = reports.filter((r) => r.data.status === 'in_progress');
    const overdue = open.filter((r) => (r.data.dueAt as number) < NOW);
    expect(page).toMatchObject({ total: 260, all: 260, overdue: overdue.length });
    expect(overdue.length).toBeGreaterThan(150);
    // The oldest overdue report was updated first: newest-first would have left it beyond 200.
    expect(page.records.map((r) => r.id)).toEqual(open.map((r) => r.id).slice(0, 200));
    expect(page.records[0]!.id).toBe('HUE-000001');

    const late = await list(viewer, { kind: 'field-report', limit: 500, where: { overdueOnly: true } });
    expect(late.records.map((r) => r.id)).toEqual(overdue.map((r) => r.id));
    expect(late.total).toBe(overdue.length);
    // Then the closed ones, newest first.
    const all = await ids({ kind: 'field-report', limit: 500 });
    expect(all.slice(open.length)).toEqual(reports.filter((r) => r.data.status === 'resolved').map((r) => r.id).reverse());
  });

  it('filters by category, ward and words typed without diacritics, and lists each filter\'s values on request', async () => {
    const ward = (key: string, name: string) => ({ ward: { key, name } });
    store.records.upsert('hue-s', [
      report('a', 'new', 1, { serviceCode: 'CSCC', serviceName: 'Chiếu sáng công cộng', statusLabel: 'Mới tiếp nhận', ...ward('19777', 'Phường Vỹ Dạ'), dueAt: NOW + HOUR }),
      report('b', 'assigned', 2, { serviceCode: 'VSMT', serviceName: 'Rác thải, vệ sinh môi trường', statusLabel: 'Đã chuyển xử lý', ...ward('19789', 'Phường Thuận Hóa'), dueAt: NOW - HOUR }),
      report('c', 'new', 3, { serviceCode: 'CSCC', serviceName: 'Chiếu sáng công cộng', statusLabel: 'Mới tiếp nhận', ...ward('19789', 'Phường Thuận Hóa'), address: '12 Lê Lợi, Phường Thuận Hóa', dueAt: NOW - 2 * HOUR }),
      report('d', 'resolved', 4, { serviceCode: 'CXDT', serviceName: 'Cây xanh', statusLabel: 'Đã xử lý xong' }),
    ]);
    expect(await ids({ kind: 'field-report', where: { category: ['CSCC'] } })).toEqual(['c', 'a']);
    expect(await ids({ kind: 'field-report', where: { place: ['19789'], overdueOnly: true } })).toEqual(['c', 'b']);
    expect(await ids({ kind: 'field-report', where: { text: 'thuan hoa' } })).toEqual(['c', 'b']);
    expect(await ids({ kind: 'field-report', where: { text: '  LE   loi ' } })).toEqual(['c']);
    // One cell at a time, and LIKE's wildcards are only letters here.
    expect(await ids({ kind: 'field-report', where: { text: 'sang thuan' } })).toEqual([]);
    expect(await ids({ kind: 'field-report', where: { text: '%' } })).toEqual([]);

    const { facets } = await list(viewer, { kind: 'field-report', facets: true, where: { category: ['CXDT'] } });
    expect(facets).toEqual({
      status: [
        { value: 'assigned', label: 'Đã chuyển xử lý', count: 1 },
        { value: 'resolved', label: 'Đã xử lý xong', count: 1 },
        { value: 'new', label: 'Mới tiếp nhận', count: 2 },
      ],
      category: [
        { value: 'CXDT', label: 'Cây xanh', count: 1 },
        { value: 'CSCC', label: 'Chiếu sáng công cộng', count: 2 },
        { value: 'VSMT', label: 'Rác thải, vệ sinh môi trường', count: 1 },
      ],
      place: [
        { value: '19789', label: 'Phường Thuận Hóa', count: 2 },
        { value: '19777', label: 'Phường Vỹ Dạ', count: 1 },
      ],
    });
  });

  it('says how current each source is: a degraded poll that moved the cursor counts as a read', async () => {
    store.records.upsert('hue-s', [report('1', 'new', 1)]);
    store.records.upsert('gone', [report('2', 'new', 1)]);
    store.connectorHealth.put({ instanceId: 'hue-s', type: 'field-reports', state: 'degraded', message: '1 malformed', lastSuccessAt: NOW - 10 * 60_000, refreshMs: 60_000, updatedAt: NOW - 1000 });
    store.cursors.set('hue-s', 'default', '2025-06-02T03:00:00Z', NOW - 1000);
    expect((await list(viewer, { kind: 'field-report' })).sources).toEqual([
      { instanceId: 'gone', state: 'stopped', message: '' },
      { instanceId: 'hue-s', state: 'degraded', message: '1 malformed', lastReadAt: NOW - 1000, refreshMs: 60_000 },
    ]);
    // A failed poll moves neither.
    store.connectorHealth.put({ instanceId: 'hue-s', type: 'field-reports', state: 'degraded', message: 'HTTP 500', lastSuccessAt: NOW - 10 * 60_000, refreshMs: 60_000, updatedAt: NOW });
    expect((await list(viewer, { kind: 'field-report' })).sources[1]!.lastReadAt).toBe(NOW - 1000);
  });
});
