import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../common/time.js';
import { isoVn } from '../../common/vn-time.js';
import { wrongTypesItem, type DocumentFixture } from './fixture/server.js';
import { createClock, createHarness, latestDocs, MONDAY_10H, queriesTo, rawDoc, startEmptyFixture } from './test-kit.js';

let fixture: DocumentFixture;
afterEach(async () => fixture?.stop());

const BROKEN = wrongTypesItem.id;
const reason = 'department: must be text; deadline: must be an ISO date-time with an offset';
/** The ids the fixture was asked for by id since request number `from`. */
const askedById = (from: number) => fixture.received.slice(from).flatMap((r) => (r.path === 'documents' && r.query.id !== undefined ? [r.query.id] : []));

describe('document sync: a malformed document', () => {
  it('never holds the cursor; it is asked for again by id and stored once the adapter fixes it', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.put(rawDoc('VB-001'));
    // Last changed at 08:00: no read after the first reaches it again, only asking for it by id does.
    fixture.putMalformed(wrongTypesItem, MONDAY_10H - 2 * HOUR);
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({
      state: 'degraded',
      message: expect.stringContaining(`1 malformed document(s) not stored: page 1 [0] ${BROKEN}: ${reason}; 1 asked for again by id at every poll until fixed, for a day at most`),
    });
    expect(ctx.calls.logs).toContainEqual({ level: 'warn', msg: 'rejected a malformed document', fields: expect.objectContaining({ id: BROKEN, index: 0 }) });
    expect(ctx.cursors.get('default')).toBe(isoVn(MONDAY_10H));
    expect(JSON.parse(ctx.cursors.get('rejected')!)).toEqual([{ id: BROKEN, since: MONDAY_10H, reason }]);

    clock.t += 10 * MINUTE;
    let asked = fixture.received.length;
    await sync.poll();
    expect(askedById(asked)).toEqual([BROKEN]);
    expect(ctx.calls.health.at(-1)?.message).toContain('1 asked for again by id');
    // The window does not grow: the read starts from the cursor, not from midnight again.
    expect(queriesTo(fixture, 'documents').filter((q) => q.updatedSince !== undefined).map((q) => q.updatedSince)).toEqual([isoVn(Date.parse('2025-06-02T00:00:00+07:00')), '2025-06-02T09:55:00+07:00']);

    // Fixed in the source without moving its updatedAt.
    fixture.put(rawDoc(BROKEN), MONDAY_10H - 2 * HOUR);
    clock.t += MINUTE;
    asked = fixture.received.length;
    await sync.poll();
    expect(askedById(asked)).toEqual([BROKEN]);
    expect(latestDocs(ctx.calls.records).get(BROKEN)).toMatchObject({ status: 'received', updatedAt: MONDAY_10H - 2 * HOUR });
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(ctx.cursors.get('rejected')).toBe('[]');

    clock.t += MINUTE;
    asked = fixture.received.length;
    await sync.poll();
    expect(askedById(asked)).toEqual([]);
  });

  it('is given up after a day of asking, with the reason logged, and the polls are healthy again', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putMalformed(wrongTypesItem, MONDAY_10H - 2 * HOUR);
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += 12 * HOUR;
    await sync.poll();
    expect(ctx.calls.health.at(-1)?.state).toBe('degraded');

    clock.t += 12 * HOUR + MINUTE;
    const asked = fixture.received.length;
    await sync.poll();
    expect(askedById(asked)).toEqual([]);
    expect(ctx.calls.logs).toContainEqual({
      level: 'error',
      msg: 'gave up on a malformed document after a day of asking again',
      fields: { id: BROKEN, reason, since: isoVn(MONDAY_10H) },
    });
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(ctx.cursors.get('rejected')).toBe('[]');
    expect(ctx.calls.records).toEqual([]);
  });

  it('is still asked for after a restart: the list of malformed documents is kept with the cursor', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putMalformed(wrongTypesItem, MONDAY_10H - 26 * HOUR);
    const first = createHarness(fixture.url, clock.now);
    await first.sync.poll();
    expect(first.ctx.calls.records).toEqual([]);

    // Finished yesterday, and fixed: neither the open documents nor today's changes bring it back.
    fixture.put(rawDoc(BROKEN, { status: 'done', completedAt: isoVn(MONDAY_10H - 25 * HOUR) }), MONDAY_10H - 26 * HOUR);
    clock.t += HOUR;
    const restarted = createHarness(fixture.url, clock.now, {}, Object.fromEntries(first.ctx.cursors));
    await restarted.sync.poll();
    expect(latestDocs(restarted.ctx.calls.records).get(BROKEN)?.status).toBe('done');
    expect(restarted.ctx.calls.health.at(-1)?.state).toBe('ok');
  });

  it('starts the list afresh, with a warning, when the saved one does not parse', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putMalformed(wrongTypesItem, MONDAY_10H - 2 * HOUR);
    const { ctx, sync } = createHarness(fixture.url, clock.now, {}, { rejected: '[{"id":"VB-9","since":"hôm qua"}]' });
    await sync.poll();
    expect(ctx.calls.logs).toContainEqual({ level: 'warn', msg: 'the saved list of malformed documents does not parse; starting afresh', fields: { cursor: '[{"id":"VB-9","since":"hôm qua"}]' } });
    expect(JSON.parse(ctx.cursors.get('rejected')!)).toEqual([{ id: BROKEN, since: MONDAY_10H, reason }]);
  });

  it('is no longer asked for when the adapter refuses ids, and the documents cursor still moves', async () => {
    const clock = createClock();
    fixture = await startEmptyFixture(clock);
    fixture.putMalformed(wrongTypesItem, MONDAY_10H - 2 * HOUR);
    fixture.set({ refuseIds: true });
    const { ctx, sync } = createHarness(fixture.url, clock.now);
    await sync.poll();
    clock.t += 10 * MINUTE;
    fixture.put(rawDoc('VB-002'));
    await sync.poll();
    expect(ctx.calls.logs).toContainEqual({
      level: 'warn',
      msg: 'the adapter refused to send a malformed document by id; no longer asking for it',
      fields: { id: BROKEN, error: expect.stringMatching(/documents\?id=VB-LOI-KIEU&page=1 returned HTTP 400/) },
    });
    expect(ctx.calls.health.at(-1)?.state).toBe('ok');
    expect(latestDocs(ctx.calls.records).has('VB-002')).toBe(true);
    expect(ctx.cursors.get('default')).toBe(isoVn(clock.t));
    expect(ctx.cursors.get('rejected')).toBe('[]');
  });
});
