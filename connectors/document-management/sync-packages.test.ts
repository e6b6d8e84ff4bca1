import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../common/time.js';
import { fixtureOrganIds } from './fixture/seed-packages.js';
import { fixtureDepartments } from './fixture/seed.js';
import type { DocumentFixture } from './fixture/server.js';
import { createClock, createHarness, lastSamples, latestDocs, MONDAY_10H, queriesTo, rawDoc, rawPackage, startEmptyFixture } from './test-kit.js';
import { isoVn } from '../../common/vn-time.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

const MB = 1024 * 1024;
const options = { departments: fixtureDepartments, organIds: fixtureOrganIds };
const idOf = (n: string) => `000.00.00.G22,2025/06/01,${n}/VPCP-KTTH`;

describe('received edXML packages as documents', () => {
  it('reads each package up to its envelope into a document of the receiving department', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putPackage(rawPackage('LT-001', { priority: '3', subject: 'V/v phòng, chống bão số 1' }));
    fixture.putPackage(rawPackage('LT-002', { to: [{ organId: '000.00.14.H46', organName: 'Sở Y tế' }], dueDate: '2025/06/01', paper: '1' }));
    const { ctx, sync } = createHarness(fixture.url, clock.now, options);
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    const docs = latestDocs(ctx.calls.records);
    expect(docs.get(idOf('001'))).toEqual({
      id: idOf('001'),
      number: '001/VPCP-KTTH',
      issuer: 'Văn phòng Chính phủ',
      type: 'Công văn',
      direction: 'incoming',
      urgency: 'hoa-toc',
      confidentiality: 'thuong',
      signedAt: Date.parse('2025-06-01T00:00:00+07:00'),
      receivedAt: MONDAY_10H,
      summary: 'V/v phòng, chống bão số 1',
      department: { slug: 'stc', name: 'Sở Tài chính' },
      deadline: Date.parse('2025-06-05T00:00:00+07:00') - 1,
      status: 'received',
      statusLabel: 'Đã đến',
      electronic: true,
      updatedAt: MONDAY_10H,
    });
    expect(docs.get(idOf('002'))).toMatchObject({ department: { slug: 'syt', name: 'Sở Y tế' }, electronic: false });
    // Due on 1 June, still open on the 2nd: overdue at Sở Y tế.
    expect(lastSamples(ctx).get('docs.tinh.overdue.syt')).toBe(1);
    expect(lastSamples(ctx).get('docs.tinh.received')).toBe(2);
    expect(lastSamples(ctx).get('docs.tinh.electronic-share')).toBe(50);
  });

  it('moves a package on by the status packets its department sends back', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putPackage(rawPackage('LT-001'));
    fixture.putPackage(rawPackage('LT-002'));
    const { ctx, sync } = createHarness(fixture.url, clock.now, options);
    await sync.poll();
    clock.t += HOUR;
    fixture.status(idOf('001'), '04');
    fixture.status(idOf('002'), '06');
    await sync.poll();
    const docs = latestDocs(ctx.calls.records);
    expect(docs.get(idOf('001'))?.status).toBe('assigned');
    expect(docs.get(idOf('002'))).toMatchObject({ status: 'done', completedAt: clock.t });
    expect(lastSamples(ctx).get('docs.tinh.done-on-time.stc')).toBe(1);
    expect(lastSamples(ctx).get('docs.tinh.in-progress.stc')).toBe(1);
  });

  it('never reads a 30 MB attachment after the envelope, nor stores any of it', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putPackage(rawPackage('LT-001', { attachmentBytes: 30 * MB }));
    const { ctx, sync } = createHarness(fixture.url, clock.now, options);
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(latestDocs(ctx.calls.records).has(idOf('001'))).toBe(true);
    // The client's default limit is 10 MB: reading on would have refused the package; the server stopped early.
    await expect.poll(() => fixture.packageBytesSent.get('LT-001')).toBeDefined();
    expect(fixture.packageBytesSent.get('LT-001')).toBeLessThan(10 * MB);
    expect(JSON.stringify(ctx.calls)).not.toMatch(/JSUlJSUl|ContentTransferEncoded|van-ban\.pdf/);
  });

  it('fetches each package once, the overlap lists it again', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putPackage(rawPackage('LT-001'));
    const { sync } = createHarness(fixture.url, clock.now, options);
    await sync.poll();
    clock.t += MINUTE;
    await sync.poll();
    expect(queriesTo(fixture, 'edxml/packages').at(-1)?.since).toBe('2025-06-02T09:55:00+07:00');
    expect(fixture.received.filter((r) => r.path === 'edxml/packages/LT-001')).toHaveLength(1);
  });

  it('on warm-up reads the packages and packets of the last edxmlLookbackDays: an old package still open counts, a finished one does not', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putPackage(rawPackage('LT-001', { receivedAt: MONDAY_10H - 5 * DAY }));
    fixture.putPackage(rawPackage('LT-002', { receivedAt: MONDAY_10H - 5 * DAY }));
    fixture.putPackage(rawPackage('LT-003', { receivedAt: MONDAY_10H - 40 * DAY }));
    fixture.status(idOf('001'), '05', MONDAY_10H - 4 * DAY);
    fixture.status(idOf('002'), '06', MONDAY_10H - 3 * DAY);
    const { ctx, sync } = createHarness(fixture.url, clock.now, { ...options, edxmlLookbackDays: 30 });
    await sync.poll();
    const from = isoVn(Date.parse('2025-06-02T00:00:00+07:00') - 30 * DAY);
    expect(queriesTo(fixture, 'edxml/packages')[0]?.since).toBe(from);
    expect(queriesTo(fixture, 'edxml/status')[0]?.since).toBe(from);
    expect(lastSamples(ctx).get('docs.tinh.in-progress')).toBe(1);
    // Due on 4 June: not yet overdue.
    expect(lastSamples(ctx).get('docs.tinh.overdue')).toBe(0);
    expect(latestDocs(ctx.calls.records).get(idOf('001'))?.status).toBe('in-progress');
    expect(latestDocs(ctx.calls.records).has(idOf('003'))).toBe(false);
  });

  it('after a stop longer than edxmlLookbackDays, reads packages and packets from the saved cursors', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putPackage(rawPackage('LT-001', { receivedAt: MONDAY_10H - 35 * DAY }));
    fixture.status(idOf('001'), '05', MONDAY_10H - 34 * DAY);
    const stopped = isoVn(MONDAY_10H - 40 * DAY);
    const { ctx, sync } = createHarness(fixture.url, clock.now, { ...options, edxmlLookbackDays: 30 }, { 'edxml-packages': stopped, edxml: stopped });
    await sync.poll();
    const from = isoVn(MONDAY_10H - 40 * DAY - 5 * MINUTE);
    expect(queriesTo(fixture, 'edxml/packages')[0]?.since).toBe(from);
    expect(queriesTo(fixture, 'edxml/status')[0]?.since).toBe(from);
    expect(latestDocs(ctx.calls.records).get(idOf('001'))?.status).toBe('in-progress');
    expect(lastSamples(ctx).get('docs.tinh.in-progress')).toBe(1);
  });

  it('keeps a document of the REST list when a package brings the same id', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put({ ...rawDoc('VB-1'), id: idOf('001'), status: 'in-progress' });
    fixture.putPackage(rawPackage('LT-001'));
    const { ctx, sync } = createHarness(fixture.url, clock.now, options);
    await sync.poll();
    expect(ctx.calls.records.map((r) => [r.id, (r.data as { status: string }).status])).toEqual([[idOf('001'), 'in-progress']]);
  });
});
