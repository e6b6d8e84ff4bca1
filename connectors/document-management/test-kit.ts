import { createFakeContext, type FakeContext } from '../sdk/fake-context.js';
import { createDocumentClient, type HttpTuning } from './client.js';
import { documentConfigSchema, type DocumentConfig } from './config.js';
import { documentItemSchema, toDoc, type Doc } from './document.js';
import type { FixturePackage } from './fixture/seed-packages.js';
import type { FixtureDocument } from './fixture/seed.js';
import { startDocumentFixture, type DocumentFixture, type FixtureOptions } from './fixture/server.js';
import { createDocumentSync, type DocumentSync } from './sync.js';
import { isoVn } from '../../common/vn-time.js';

/** Monday 2 June 2025, 10:00 in Việt Nam (UTC+7). */
export const MONDAY_10H = Date.UTC(2025, 5, 2, 3);
export const fastHttp: HttpTuning = { timeoutMs: 300, retries: 1, backoff: { baseMs: 1, capMs: 2 } };

export function createClock(t = MONDAY_10H) {
  const clock = { t, now: () => clock.t };
  return clock;
}

/** A fixture with no seeded documents or packages on the clock's time, for a test that adds its own. */
export const startEmptyFixture = (clock: { now: () => number }, options: FixtureOptions = {}): Promise<DocumentFixture> =>
  startDocumentFixture({ documents: 0, packages: 0, seed: 3, now: clock.now, ...options });

/** The queries the fixture received on one path, in order. */
export const queriesTo = (fixture: DocumentFixture, path: string) => fixture.received.filter((r) => r.path === path).map((r) => r.query);

export function createHarness(url: string, now: () => number, options: Record<string, unknown> = {}, cursors?: Record<string, string>) {
  const parsed = documentConfigSchema.parse({ baseUrl: url, ...options });
  const ctx: FakeContext<DocumentConfig> = createFakeContext(parsed, { now, instanceId: 'tinh', ...(cursors ? { cursors } : {}) });
  const sync: DocumentSync = createDocumentSync(ctx, createDocumentClient(parsed, ctx.signal, fastHttp));
  return { ctx, sync };
}

/** The last value emitted for each series. */
export const lastSamples = (ctx: FakeContext<unknown>) => new Map(ctx.calls.samples.flat().map((s) => [s.seriesId, s.v]));

/** The latest record of each document, by id: what the store holds after all the upserts. */
export const latestDocs = (records: readonly { id: string; data: unknown }[]) => new Map(records.map((r) => [r.id, r.data as Doc & { statusLabel: string }]));

/** A fixture document as the connector keeps it, last changed at `updatedAt` (default 10:00). */
export const docOf = (raw: Omit<FixtureDocument, 'updatedAt'>, departments?: Record<string, string>, updatedAt = MONDAY_10H): Doc =>
  toDoc(documentItemSchema.parse({ ...raw, updatedAt: isoVn(updatedAt) }), departments);

/** An incoming ordinary document of Sở Tài chính received at 08:00 on 2 June 2025, due at 17:00. */
export function rawDoc(id: string, change: Partial<FixtureDocument> = {}): Omit<FixtureDocument, 'updatedAt'> {
  const at8 = Date.UTC(2025, 5, 2, 1);
  return {
    id,
    number: `${id.slice(-3)}/STC-NS`,
    issuer: 'Bộ Tài chính',
    type: 'Công văn',
    direction: 'incoming',
    urgency: 'thuong',
    confidentiality: 'thuong',
    signedAt: isoVn(at8 - 86_400_000),
    receivedAt: isoVn(at8),
    summary: 'Về việc hướng dẫn quyết toán ngân sách năm 2024',
    department: 'STC',
    deadline: isoVn(at8 + 9 * 3_600_000),
    status: 'received',
    electronic: true,
    ...change,
  };
}

/** A package from the Government Office to Sở Tài chính, promulgated on 1 June 2025 and due on 4 June. */
export function rawPackage(id: string, change: Partial<FixturePackage> = {}): Omit<FixturePackage, 'receivedAt'> {
  const n = id.slice(-3);
  return {
    id,
    documentId: `000.00.00.G22,2025/06/01,${n}/VPCP-KTTH`,
    from: { organId: '000.00.00.G22', organName: 'Văn phòng Chính phủ' },
    to: [{ organId: '000.00.12.H46', organName: 'Sở Tài chính' }],
    codeNumber: n,
    codeNotation: 'VPCP-KTTH',
    place: 'Hà Nội',
    promulgationDate: '2025/06/01',
    type: '1',
    typeName: 'Công văn',
    subject: 'V/v hướng dẫn thực hiện dự toán ngân sách nhà nước năm 2025',
    dueDate: '2025/06/04',
    priority: '0',
    paper: '0',
    attachmentBytes: 64 * 1024,
    ...change,
  };
}
