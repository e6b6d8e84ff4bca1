import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type SourceRecord } from '../../../common/index.js';
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

const report = (id: string, status: string, updatedAt: number): SourceRecord => ({
  kind: 'field-report',
  id,
  updatedAt,
  data: {
    id,
    status,
    description: `Đèn hỏng, gọi 0912 345 678 hoặc an${id}@example.com`,
    personal: { name: 'Nguyễn Văn An', phone: '+84 912 345 678', email: `an${id}@example.com` },
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
    const now = () => 42;
    api = createApiService({
      handlers: createHandlers({ store, bus: createBus(), config, now, cameraHealth: () => [], streamTokenFor: () => 'stream-token', connectorTypes: {}, runtime: idleRuntime }),
      audit: store.audit,
      log: silentLogger,
      now,
    });
    store.records.upsert('hue-s', [report('1', 'new', 100), report('2', 'in_progress', 300), report('3', 'resolved', 200)]);
    store.records.upsert('portal', [{ kind: 'dossier', id: 'H1', updatedAt: 50, data: { code: 'H1', status: 4 } }]);
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  const list = async (caller: Caller, input: object) => {
    const r = await api.call(caller, 'records.list', input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as SourceRecord[];
  };

  it('gives a viewer records newest first without personal data, phones and e-mails masked', async () => {
    const records = await list(viewer, { kind: 'field-report' });
    expect(records.map((r) => r.id)).toEqual(['2', '3', '1']);
    for (const r of records) {
      expect(r.data).not.toHaveProperty('personal');
      expect(JSON.stringify(r.data)).not.toMatch(/Nguyễn|345 678|an\d@example/);
    }
    expect(records[0]!.data.description).toBe('Đèn hỏng, gọi 0912 *** *** hoặc a***@example.com');
  });

  it('gives an operator the personal data', async () => {
    const [first] = await list(operator, { kind: 'field-report', limit: 1 });
    expect(first!.data.personal).toEqual({ name: 'Nguyễn Văn An', phone: '+84 912 345 678', email: 'an2@example.com' });
    expect(first!.data.description).toContain('0912 345 678');
  });

  it('stops at the limit and refuses one above 500', async () => {
    expect(await list(viewer, { kind: 'field-report', limit: 2 })).toHaveLength(2);
    const r = await api.call(viewer, 'records.list', { kind: 'field-report', limit: 501 });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('filters by status, string or numeric, before the limit', async () => {
    expect((await list(viewer, { kind: 'field-report', limit: 1, where: { status: ['new', 'resolved'] } })).map((r) => r.id)).toEqual(['3']);
    expect((await list(viewer, { kind: 'dossier', where: { status: ['4'] } })).map((r) => r.id)).toEqual(['H1']);
    expect(await list(viewer, { kind: 'dossier', where: { status: ['9'] } })).toEqual([]);
  });

  it('answers an unknown kind with an empty list', async () => {
    expect(await list(viewer, { kind: 'document' })).toEqual([]);
  });
});
