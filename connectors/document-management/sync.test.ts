import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../common/time.js';
import { CONFIDENTIAL_SUMMARY } from './document.js';
import { fixtureDepartments, type FixtureDocument } from './fixture/seed.js';
import type { DocumentFixture } from './fixture/server.js';
import { createClock, createHarness, lastSamples, latestDocs, MONDAY_10H, queriesTo, rawDoc, startEmptyFixture } from './test-kit.js';
import { isoVn } from '../../common/vn-time.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

const MIDNIGHT = Date.parse('2025-06-02T00:00:00+07:00');
const closed = ['done', 'refused', 'withdrawn'];

/** By hand from the fixture's raw items: what is open, and what of it is past its deadline at `now`. */
function openAndOverdue(docs: readonly FixtureDocument[], now: number) {
  const open = docs.filter((d) => !closed.includes(d.status));
  return { open, overdue: open.filter((d) => d.deadline !== undefined && now > Date.parse(d.deadline)) };
}

describe('document sync against a real adapter on 127.0.0.1', () => {
  it('first sync brings every open document, also those last touched days ago, and what changed since midnight', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock, { documents: 120 });
    fixture.set({ pageSize: 10 });
    const { ctx, sync } = createHarness(fixture.url, clock.now, { departments: fixtureDepartments });
    await sync.poll();

    const { open, overdue } = openAndOverdue(fixture.documents, clock.t);
    const stale = open.filter((d) => d.updatedAt < MIDNIGHT);
    // The fixture is a backlog as departments leave it: open documents nobody touched today, some overdue.
    expect(stale.length).toBeGreaterThan(10);
    expect(stale.filter((d) => overdue.includes(d)).length).toBeGreaterThan(3);

    const today = fixture.documents.filter((d) => d.updatedAt >= MIDNIGHT);
    const pages = (n: number) => Math.ceil(n / 10);
    expect(queriesTo(fixture, 'documents')).toEqual([
      ...Array.from({ length: pages(open.length) }, (_, i) => ({ open: 'true', page: String(i + 1) })),
      ...Array.from({ length: pages(today.length) }, (_, i) => ({ updatedSince: isoVn(MIDNIGHT), page: String(i + 1) })),
    ]);
    expect(new Set(ctx.calls.records.map((r) => r.id))).toEqual(new Set([...open, ...today].map((d) => d.id)));
    expect(lastSamples(ctx).get('docs.tinh.in-progress')).toBe(open.length);
    expect(lastSamples(ctx).get('docs.tinh.overdue')).toBe(overdue.length);
    const stc = overdue.filter((d) => d.department === 'STC').length;
    expect(lastSamples(ctx).get('docs.tinh.overdue.stc')).toBe(stc);
    expect(ctx.calls.records.every((r) => r.kind === 'document')).toBe(true);
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    // The cursor is the latest change the source reported, not this machine's clock.
    expect(ctx.cursors.get('default')).toBe(isoVn(Math.max(...fixture.documents.map((d) => d.updatedAt))));
  });

  it('after a restart, brings back the open documents of earlier days, not only those changed today', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001', { receivedAt: isoVn(MONDAY_10H - 72 * HOUR), deadline: isoVn(MONDAY_10H - 24 * HOUR), status: 'in-progress' }), MONDAY_10H - 50 * HOUR);
    fixture.put(rawDoc('VB-002', { receivedAt: isoVn(MONDAY_10H - 30 * HOUR), deadline: isoVn(MONDAY_10H + 48 * HOUR), status: 'assigned' }), MONDAY_10H - 28 * HOUR);
    fixture.put(rawDoc('VB-003', { status: 'done', completedAt: isoVn(MONDAY_10H - 26 * HOUR) }), MONDAY_10H - 26 * HOUR);
    fixture.put(rawDoc('VB-004'));
    const first = createHarness(fixture.url, clock.now);
    await first.sync.poll();
    clock.t += 30 * MINUTE;
    const restarted = createHarness(fixture.url, clock.now, {}, Object.fromEntries(first.ctx.cursors));
    await restarted.sync.poll();
    expect(queriesTo(fixture, 'documents').slice(-2)).toEqual([
      { open: 'true', page: '1' },
      { updatedSince: isoVn(MIDNIGHT), page: '1' },
    ]);
    expect(restarted.ctx.calls.records.map((r) => r.id).sort()).toEqual(['VB-001', 'VB-002', 'VB-004']);
    expect(lastSamples(restarted.ctx).get('docs.tinh.in-progress')).toBe(3);
    expect(lastSamples(restarted.ctx).get('docs.tinh.overdue')).toBe(1);
    expect(lastSamples(restarted.ctx).get('docs.tinh.received')).toBe(1);
  });

  it('after a restart past midnight, stores a document closed while the app was stopped and closes its alert', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    const urgent = rawDoc('VB-001', { urgency: 'hoa-toc', deadline: isoVn(MONDAY_10H - HOUR), status: 'in-progress' });
    fixture.put(urgent);
    fixture.put(rawDoc('VB-002', { deadline: isoVn(MONDAY_10H + 72 * HOUR) }));
    const first = createHarness(fixture.url, clock.now);
    await first.sync.poll();
    expect(first.ctx.calls.alerts.map((a) => [a.sourceRef, a.severity])).toEqual([['overdue:VB-001', 'major']]);

    // Stopped at 10:00 on Monday; the document is finished at 15:00; the app starts again at 09:00 on Tuesday.
    clock.t = MONDAY_10H + 5 * HOUR;
    fixture.put({ ...urgent, status: 'done', completedAt: isoVn(clock.t) });
    clock.t = MONDAY_10H + 23 * HOUR;
    const restarted = createHarness(fixture.url, clock.now, {}, Object.fromEntries(first.ctx.cursors));
    await restarted.sync.poll();

    expect(queriesTo(fixture, 'documents').slice(-2)).toEqual([
      { open: 'true', page: '1' },
      { updatedSince: isoVn(MONDAY_10H - 5 * MINUTE), page: '1' },
    ]);
    // What the host's store holds: the first run's records, then the restarted run's.
    const stored = latestDocs([...first.ctx.calls.records, ...restarted.ctx.calls.records]);
    expect(stored.get('VB-001')).toMatchObject({ status: 'done', completedAt: MONDAY_10H + 5 * HOUR });
    expect(lastSamples(restarted.ctx).get('docs.tinh.overdue')).toBe(0);
    expect(lastSamples(restarted.ctx).get('docs.tinh.in-progress')).toBe(1);
    expect(restarted.ctx.calls.alerts.map((a) => [a.sourceRef, a.severity])).toEqual([['overdue:VB-001', 'info']]);
  });

  it('polls incrementally from the latest change read, a few minutes back', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += 2 * MINUTE;
    fixture.put(rawDoc('VB-002'));
    await sync.poll();
    expect(queriesTo(fixture, 'documents').at(-1)?.updatedSince).toBe('2025-06-02T09:55:00+07:00');
    expect(ctx.calls.records.map((r) => r.id)).toEqual(['VB-001', 'VB-002']);
    expect(ctx.cursors.get('default')).toBe('2025-06-02T10:02:00+07:00');
  });

  it('reads a document the source committed late, stamped before the last poll', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    // A transaction that began at 09:59 is committed after the poll of 10:00, carrying its 09:59 time.
    fixture.put(rawDoc('VB-002'), MONDAY_10H - MINUTE);
    clock.t += 2 * MINUTE;
    await sync.poll();
    expect(latestDocs(ctx.calls.records).has('VB-002')).toBe(true);
    expect(ctx.calls.records.filter((r) => r.id === 'VB-001')).toHaveLength(1);
  });

  it('misses nothing when the source clock runs ten minutes behind this one', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture({ now: () => clock.t - 10 * MINUTE });
    fixture.put(rawDoc('VB-001'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += 3 * MINUTE;
    fixture.put(rawDoc('VB-002'));
    fixture.status('VB-001', '05');
    await sync.poll();
    const docs = latestDocs(ctx.calls.records);
    expect(docs.get('VB-002')).toBeDefined();
    expect(docs.get('VB-001')?.status).toBe('in-progress');
  });

  it('stores the documents changed in a poll whose status packets failed, and the packets once they answer', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += MINUTE;
    fixture.put(rawDoc('VB-002'));
    fixture.status('VB-001', '05');
    fixture.set({ fail500: 2, failPath: 'edxml/status' });
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringMatching(/edxml\/status\?since=.* returned HTTP 500/) });
    clock.t += MINUTE;
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    const docs = latestDocs(ctx.calls.records);
    expect(docs.get('VB-002')?.status).toBe('received');
    expect(docs.get('VB-001')?.status).toBe('in-progress');
    expect(lastSamples(ctx).get('docs.tinh.received')).toBe(2);
  });

  it('applies edXML status packets: 06 marks done, 13 withdraws, and a malformed packet is rejected with its reason', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001'));
    fixture.put(rawDoc('VB-002'));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += HOUR;
    fixture.status('VB-001', '06');
    fixture.status('VB-002', '13');
    fixture.rawPacket('<edXML:Status><edXML:StatusCode>06</edXML:StatusCode></edXML:Status>');
    await sync.poll();
    const docs = latestDocs(ctx.calls.records);
    expect(docs.get('VB-001')).toMatchObject({ status: 'done', statusLabel: 'Hoàn thành', completedAt: clock.t });
    expect(docs.get('VB-002')).toMatchObject({ status: 'withdrawn', statusLabel: 'Đã thu hồi' });
    const health = ctx.calls.health.at(-1);
    expect(health?.state).toBe('degraded');
    expect(health?.message).toContain('1 malformed edXML status packet(s) rejected: [2] ResponseFor/DocumentId is missing');
    expect(lastSamples(ctx).get('docs.tinh.done-on-time')).toBe(1);
    expect(lastSamples(ctx).get('docs.tinh.in-progress')).toBe(0);
  });

  it('reading the overlap again undoes nothing: an older list entry does not reopen a document a packet finished', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001', { status: 'in-progress' }));
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += MINUTE;
    fixture.status('VB-001', '06');
    await sync.poll();
    clock.t += MINUTE;
    fixture.status('VB-001', '04', MONDAY_10H + 30_000);
    await sync.poll();
    expect(queriesTo(fixture, 'documents').at(-1)?.updatedSince).toBe('2025-06-02T09:55:00+07:00');
    expect(latestDocs(ctx.calls.records).get('VB-001')?.status).toBe('done');
    expect(ctx.calls.records.filter((r) => r.id === 'VB-001').map((r) => (r.data as { status: string }).status)).toEqual(['in-progress', 'done']);
  });

  it('raises an overdue alert once for a hỏa tốc document, and none for an ordinary one', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-101', { urgency: 'hoa-toc' }));
    fixture.put(rawDoc('VB-102', { urgency: 'thuong-khan' }));
    fixture.put(rawDoc('VB-103'));
    const { ctx, sync } = createHarness(fixture.url, clock.now, { departments: fixtureDepartments });
    await sync.poll();
    expect(ctx.calls.alerts).toEqual([]);
    clock.t += 8 * HOUR;
    await sync.poll();
    clock.t += MINUTE;
    await sync.poll();
    expect(ctx.calls.alerts.map((a) => [a.sourceRef, a.severity, a.title])).toEqual([
      ['overdue:VB-101', 'major', 'Văn bản 101/STC-NS quá hạn xử lý tại Sở Tài chính'],
      ['overdue:VB-102', 'minor', 'Văn bản 102/STC-NS quá hạn xử lý tại Sở Tài chính'],
    ]);
  });

  it('never emits the summary of a confidential document', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    const secret = 'Phương án bảo vệ mục tiêu trọng yếu';
    for (const [i, level] of (['mat', 'toi-mat', 'tuyet-mat'] as const).entries()) {
      fixture.put(rawDoc(`VB-20${i}`, { confidentiality: level, summary: secret, urgency: 'hoa-toc', deadline: isoVn(clock.t - HOUR) }));
    }
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    expect([...latestDocs(ctx.calls.records).values()].map((d) => d.summary)).toEqual([CONFIDENTIAL_SUMMARY, CONFIDENTIAL_SUMMARY, CONFIDENTIAL_SUMMARY]);
    expect(ctx.calls.alerts).toHaveLength(3);
    expect(JSON.stringify(ctx.calls)).not.toContain(secret);
  });
});
