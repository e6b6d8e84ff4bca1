import { createFakeContext, type FakeContext } from '../sdk/fake-context.js';
import { createDocumentClient, type HttpTuning } from './client.js';
import { documentConfigSchema, type DocumentConfig } from './config.js';
import type { FixtureDocument } from './fixture/seed.js';
import { createDocumentSync, type DocumentSync } from './sync.js';
import { isoVn } from '../../common/vn-time.js';

/** Monday 2 June 2025, 10:00 in Việt Nam (UTC+7). */
export const MONDAY_10H = Date.UTC(2025, 5, 2, 3);
export const fastHttp: HttpTuning = { timeoutMs: 300, retries: 1, backoff: { baseMs: 1, capMs: 2 } };

export function createClock(t = MONDAY_10H) {
  const clock = { t, now: () => clock.t };
  return clock;
}

export function createHarness(url: string, now: () => number, options: Record<string, unknown> = {}, cursors?: Record<string, string>) {
  const parsed = documentConfigSchema.parse({ baseUrl: url, ...options });
  const ctx: FakeContext<DocumentConfig> = createFakeContext(parsed, { now, instanceId: 'tinh', ...(cursors ? { cursors } : {}) });
  const sync: DocumentSync = createDocumentSync(ctx, createDocumentClient(parsed, ctx.signal, fastHttp));
  return { ctx, sync };
}

/** The last value emitted for each series. */
export const lastSamples = (ctx: FakeContext<unknown>) => new Map(ctx.calls.samples.flat().map((s) => [s.seriesId, s.v]));

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
