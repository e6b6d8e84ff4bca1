import { afterEach, describe, expect, it } from 'vitest';
import { HOUR } from '../../common/time.js';
import { CONFIDENTIAL_SUMMARY, type Doc } from './document.js';
import { fixtureDepartments } from './fixture/seed.js';
import { startDocumentFixture, type DocumentFixture } from './fixture/server.js';
import { createClock, createHarness, lastSamples, rawDoc } from './test-kit.js';
import { isoVn } from '../../common/vn-time.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

const docsOf = (records: { id: string; data: unknown }[]) => new Map(records.map((r) => [r.id, r.data as Doc]));
const MIDNIGHT = '2025-06-02T00:00:00+07:00';

async function start(count = 0) {
  const clock = createClock();
  fixture = await startDocumentFixture({ documents: count, seed: 3, now: clock.now });
  return clock;
}

describe('document sync against a real adapter on 127.0.0.1', () => {
  it('first sync reads every page from midnight and stores kind "document" records', async () => {
    const clock = await start(120);
    fixture.set({ pageSize: 10 });
    const { ctx, sync } = createHarness(fixture.url, clock.now, { departments: fixtureDepartments });
    await sync.poll();
    const today = fixture.documents.filter((d) => d.updatedAt >= Date.parse(MIDNIGHT));
    const pageCount = Math.ceil(today.length / 10);
    expect(pageCount).toBeGreaterThan(1);
    const pages = fixture.received.filter((r) => r.path === 'documents');
    expect(pages.map((r) => r.query)).toEqual(Array.from({ length: pageCount }, (_, i) => ({ updatedSince: MIDNIGHT, page: String(i + 1) })));
    expect(new Set(ctx.calls.records.map((r) => r.id))).toEqual(new Set(today.map((d) => d.id)));
    // Open documents of earlier days were moved along this morning, so the backlog and its overdue ones are read.
    expect(today.filter((d) => Date.parse(d.receivedAt) < Date.parse(MIDNIGHT) && d.status !== 'done').length).toBeGreaterThan(20);
    expect(lastSamples(ctx).get('docs.tinh.overdue')).toBeGreaterThan(0);
    expect(ctx.calls.records.every((r) => r.kind === 'document')).toBe(true);
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(ctx.cursors.get('default')).toBe('2025-06-02T10:00:00+07:00');
  });

  it('polls incrementally from the cursor and re-reads from midnight after a restart', async () => {
    const clock = await start();
    fixture.put(rawDoc('VB-001'));
    const first = createHarness(fixture.url, clock.now);
    await first.sync.poll();
    clock.t += 2 * 60_000;
    fixture.put(rawDoc('VB-002'));
    await first.sync.poll();
    expect(fixture.received.filter((r) => r.path === 'documents').at(-1)?.query.updatedSince).toBe('2025-06-02T10:00:00+07:00');
    expect(fixture.received.filter((r) => r.path === 'edxml/status').at(-1)?.query.since).toBe('2025-06-02T10:00:00+07:00');
    expect(first.ctx.calls.records.map((r) => r.id)).toEqual(['VB-001', 'VB-002']);

    const restarted = createHarness(fixture.url, clock.now, {}, Object.fromEntries(first.ctx.cursors));
    await restarted.sync.poll();
    expect(fixture.received.filter((r) => r.path === 'documents').at(-1)?.query.updatedSince).toBe(MIDNIGHT);
    expect(lastSamples(restarted.ctx).get('docs.tinh.received')).toBe(2);
  });

  it('applies edXML status packets: 06 marks done, 13 withdraws, and a malformed packet is rejected with its reason', async () => {
    const clock = await start();
    fixture.put(rawDoc('VB-001'));
    fixture.put(rawDoc('VB-002'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += HOUR;
    fixture.status('VB-001', '06');
    fixture.status('VB-002', '13');
    fixture.rawPacket('<edXML:Status><edXML:StatusCode>06</edXML:StatusCode></edXML:Status>');
    await sync.poll();
    const docs = docsOf(ctx.calls.records);
    expect(docs.get('VB-001')).toMatchObject({ status: 'done', statusLabel: 'Hoàn thành', completedAt: clock.t });
    expect(docs.get('VB-002')).toMatchObject({ status: 'withdrawn', statusLabel: 'Đã thu hồi' });
    const health = ctx.calls.health.at(-1);
    expect(health?.state).toBe('degraded');
    expect(health?.message).toContain('1 malformed edXML status packet(s) rejected: [2] ResponseFor/DocumentId is missing');
    expect(lastSamples(ctx).get('docs.tinh.done-on-time')).toBe(1);
    expect(lastSamples(ctx).get('docs.tinh.in-progress')).toBe(0);
  });

  it('raises an overdue alert once for a hỏa tốc document, and none for an ordinary one', async () => {
    const clock = await start();
    fixture.put(rawDoc('VB-101', { urgency: 'hoa-toc' }));
    fixture.put(rawDoc('VB-102', { urgency: 'thuong-khan' }));
    fixture.put(rawDoc('VB-103'));
    const { ctx, sync } = createHarness(fixture.url, clock.now, { departments: fixtureDepartments });
    await sync.poll();
    expect(ctx.calls.alerts).toEqual([]);
    clock.t += 8 * HOUR;
    await sync.poll();
    clock.t += 60_000;
    await sync.poll();
    expect(ctx.calls.alerts.map((a) => [a.sourceRef, a.severity, a.title])).toEqual([
      ['overdue:VB-101', 'major', 'Văn bản 101/STC-NS quá hạn xử lý tại Sở Tài chính'],
      ['overdue:VB-102', 'minor', 'Văn bản 102/STC-NS quá hạn xử lý tại Sở Tài chính'],
    ]);
  });

  it('never emits the summary of a confidential document', async () => {
    const clock = await start();
    const secret = 'Phương án bảo vệ mục tiêu trọng yếu';
    for (const [i, level] of (['mat', 'toi-mat', 'tuyet-mat'] as const).entries()) {
      fixture.put(rawDoc(`VB-20${i}`, { confidentiality: level, summary: secret, urgency: 'hoa-toc', deadline: isoVn(clock.t - HOUR) }));
    }
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    expect(ctx.calls.records.map((r) => (r.data as unknown as Doc).summary)).toEqual([CONFIDENTIAL_SUMMARY, CONFIDENTIAL_SUMMARY, CONFIDENTIAL_SUMMARY]);
    expect(ctx.calls.alerts).toHaveLength(3);
    expect(JSON.stringify(ctx.calls)).not.toContain(secret);
  });
});
