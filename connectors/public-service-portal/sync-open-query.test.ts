import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../common/time.js';
import type { PortalFixture, PortalFixtureBehaviour } from './fixture/server.js';
import { codes, createClock, createHarness, expectedSamples, ids, integrationBodies, isOpen, lastSamples, queryOf, startFixture, type Clock } from './test-kit.js';

/**
 * The TrangThaiHoSo query is this contract's own: an adapter that knows only the update window refuses it,
 * and the first poll must still find the open dossiers carried over from before the period.
 */
let clock: Clock;
let fixture: PortalFixture;

beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock);
});
afterEach(() => fixture.stop());

const JUNE_1 = Date.UTC(2025, 4, 31, 17);
const queriesFrom = (start: number) => integrationBodies({ ...fixture, received: fixture.received.slice(start) } as PortalFixture).map(queryOf);

/** The parts of the update window before 1 June: from `since` in steps of 7 days, the last one ending at the period's start. */
function expectWindowParts(parts: unknown[], first: [string, string], last: [string, string], count: number) {
  expect(parts[0]).toEqual(first);
  expect(parts.at(-1)).toEqual(last);
  expect(parts).toHaveLength(count);
  for (let i = 1; i < parts.length; i++) expect((parts[i] as string[])[0], `part ${i}`).toBe((parts[i - 1] as string[])[1]);
}

const refusals: PortalFixtureBehaviour['statusQuery'][] = ['error-code', 'http-400', 'not-json', 'wrong-shape'];

describe('open dossiers carried over from earlier periods', () => {
  it.each(refusals)('an adapter that refuses the TrangThaiHoSo query (%s) is read by its update window for the run, and the health says so', async (how) => {
    fixture.set({ statusQuery: how });
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();

    const asked = queriesFrom(0);
    expect(asked.slice(0, 2)).toEqual([['20250601000000', '20250616100000'], [1, 2, 4, 5, 6]]);
    // 90 days before 16 June 10:00, up to the period's start, a week at a time.
    expectWindowParts(asked.slice(2), ['20250318100000', '20250325100000'], ['20250527100000', '20250601000000'], 11);
    expect(ctx.calls.health.at(-1)).toMatchObject({
      state: 'ok',
      message: expect.stringMatching(
        /; the adapter refused the TrangThaiHoSo query \(POST http:\/\/127\.0\.0\.1:\d+\/integration .+\), so this run counts the open dossiers updated since 2025-03-18 \(openWindowDays 90\) and misses older ones$/,
      ),
    });
    expect(ctx.calls.logs).toContainEqual(expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ openWindowDays: 90 }) }));
    // The fixture's dossiers are all younger than 90 days: the same dossiers and counts as by the status query.
    const carried = fixture.dossiers.filter((d) => isOpen(d.record.TrangThaiHoSo) && d.updatedAt < JUNE_1);
    expect(carried.length).toBeGreaterThan(10);
    const wanted = fixture.dossiers.filter((d) => (d.updatedAt >= JUNE_1 && d.updatedAt <= clock.t) || isOpen(d.record.TrangThaiHoSo));
    expect(ids(ctx.calls.records).sort()).toEqual(codes(wanted));
    expect(lastSamples(ctx)).toEqual(expectedSamples(fixture, clock.t));

    // The next poll of the run reads only its window, and still says how the open dossiers were found.
    const sent = fixture.received.length;
    clock.t += 5 * MINUTE;
    await sync.poll();
    expect(queriesFrom(sent)).toEqual([['20250616095000', '20250616100500']]);
    expect(ctx.calls.health.at(-1)?.message).toMatch(/refused the TrangThaiHoSo query/);

    // A new run asks again; answered, the note is gone.
    fixture.set({ statusQuery: 'answer' });
    const next = createHarness(fixture, clock, {}, { cursors: { default: ctx.cursors.get('default')! } });
    const restarted = fixture.received.length;
    await next.sync.poll();
    expect(queriesFrom(restarted).at(-1)).toEqual([1, 2, 4, 5, 6]);
    expect(next.ctx.calls.health.at(-1)).toMatchObject({ state: 'ok', message: expect.not.stringMatching(/refused/) });
    expect(lastSamples(next.ctx)).toEqual(expectedSamples(fixture, clock.t));
  });

  it('with openQuery "window" never asks by status, and counts only the open dossiers updated in openWindowDays', async () => {
    const { ctx, sync } = createHarness(fixture, clock, { openQuery: 'window', openWindowDays: 20 });
    await sync.poll();
    expect(queriesFrom(0)).toEqual([
      ['20250601000000', '20250616100000'],
      ['20250527100000', '20250601000000'],
    ]);
    const since = clock.t - 20 * DAY;
    const seen = fixture.dossiers.filter((d) => isOpen(d.record.TrangThaiHoSo) && d.updatedAt >= since);
    const missed = fixture.dossiers.filter((d) => isOpen(d.record.TrangThaiHoSo) && d.updatedAt < since);
    expect(missed.length).toBeGreaterThan(0);
    expect(lastSamples(ctx).get('portal.hue.in-progress')).toBe(seen.length);
    expect(ids(ctx.calls.records)).toEqual(expect.arrayContaining(codes(seen)));
    expect(ids(ctx.calls.records)).not.toEqual(expect.arrayContaining(codes(missed.slice(0, 1))));
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'ok', message: expect.not.stringMatching(/refused/) });
  });

  it('a 503 to the TrangThaiHoSo query is no refusal: the poll is degraded, stores nothing, and the next one asks again', async () => {
    fixture.set({ statusQuery: 'http-503' });
    const { ctx, sync } = createHarness(fixture, clock, {}, { tuning: { timeoutMs: 400, retries: 0, backoff: { baseMs: 1, capMs: 2 } } });
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringMatching(/\/integration returned HTTP 503/) });
    expect(ctx.calls.records).toEqual([]);
    expect(ctx.cursors.get('default')).toBeUndefined();
    expect(queriesFrom(0)).toEqual([['20250601000000', '20250616100000'], [1, 2, 4, 5, 6]]);

    fixture.set({ statusQuery: 'answer' });
    clock.t += 5 * MINUTE;
    const sent = fixture.received.length;
    await sync.poll();
    expect(queriesFrom(sent)).toEqual([['20250601000000', '20250616100500'], [1, 2, 4, 5, 6]]);
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'ok', message: expect.not.stringMatching(/refused/) });
    expect(lastSamples(ctx)).toEqual(expectedSamples(fixture, clock.t));
  });
});
