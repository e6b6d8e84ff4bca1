import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byAgency, provinceTotals } from '../../common/kpi/by-agency.js';
import { HOUR, MINUTE } from '../../common/time.js';
import type { PortalFixture } from './fixture/server.js';
import { periodAt, toCompact } from './local-time.js';
import { summarySamples } from './metrics.js';
import { createClock, createHarness, fixtureDossiers, ids, integrationBodies, lastSamples, startFixture, type Clock } from './test-kit.js';

let clock: Clock;
let fixture: PortalFixture;

beforeEach(async () => {
  clock = createClock();
  fixture = await startFixture(clock);
});
afterEach(() => fixture.stop());

const june = periodAt('month', Date.UTC(2025, 5, 16));
const inJune = (f: PortalFixture) => f.dossiers.filter((d) => d.updatedAt >= june.from && d.updatedAt <= clock.t);

describe('integration sync', () => {
  it('first sync reads the period from its start, stores dossiers with the reporter apart, and sets the cursor', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'ok' });
    expect(ctx.calls.health.at(-1)?.latencyMs).toBeGreaterThanOrEqual(0);
    const [body] = integrationBodies(fixture);
    expect(body).toMatchObject({ madonvi: '000.00.00.H46', service: 'DongBoHoSoMC', isUpdating: true, data: [{ TuNgay: '20250601000000', DenNgay: '20250616100000', Trang: 1 }] });
    expect(fixture.received.filter((r) => r.path === '/auth')).toHaveLength(1);
    expect(ids(ctx.calls.records).sort()).toEqual(inJune(fixture).map((d) => String(d.record.MaHoSo)).sort());
    const stored = ctx.calls.records[0];
    expect(stored?.kind).toBe('dossier');
    expect(stored?.data).toHaveProperty('personal.name');
    expect(stored?.data).not.toHaveProperty('ChuHoSo');
    expect(ctx.cursors.get('default')).toBe('2025-06-16T10:00:00+07:00');
  });

  it('an incremental sync asks from the cursor and stores only what changed', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    const before = ctx.calls.records.length;
    clock.t += 5 * MINUTE;
    const open = fixture.dossiers.find((d) => d.record.TrangThaiHoSo === 4);
    fixture.update(String(open?.record.MaHoSo), { TrangThaiHoSo: 9, NgayKetThucXuLy: toCompact(clock.t) });
    await sync.poll();
    expect(integrationBodies(fixture).at(-1)?.data[0]).toMatchObject({ TuNgay: '20250616100000', DenNgay: '20250616100500' });
    expect(ids(ctx.calls.records.slice(before))).toEqual([open?.record.MaHoSo]);
    expect(ctx.calls.records.at(-1)?.data).toMatchObject({ status: 9, finishedAt: clock.t });
    // The same session is reused: no second login.
    expect(fixture.received.filter((r) => r.path === '/auth')).toHaveLength(1);
  });

  it('after a restart re-reads the period from its start into memory, stores only what is new, and counts the same', async () => {
    const first = createHarness(fixture, clock);
    await first.sync.poll();
    const cursor = first.ctx.cursors.get('default') ?? '';
    clock.t += HOUR;
    const fresh = createHarness(fixture, clock, {}, { cursors: { default: cursor } });
    const sent = fixture.received.length;
    await fresh.sync.poll();
    const bodies = integrationBodies({ ...fixture, received: fixture.received.slice(sent) } as PortalFixture);
    expect(bodies.map((b) => [b.data[0].TuNgay, b.data[0].DenNgay])).toEqual([
      ['20250601000000', '20250616100000'],
      ['20250616100000', '20250616110000'],
    ]);
    expect(fresh.ctx.calls.records).toEqual([]);
    const a = lastSamples(first.ctx);
    const b = lastSamples(fresh.ctx);
    expect(b.get('portal.hue.received')).toBe(a.get('portal.hue.received'));
    expect(b.get('portal.hue.completed')).toBe(a.get('portal.hue.completed'));
    expect(b.get('portal.hue.received')).toBeGreaterThan(0);
  });

  it('emits per-agency and province metrics equal to common/kpi over the same dossiers', async () => {
    const { ctx, sync } = createHarness(fixture, clock);
    await sync.poll();
    // The connector's book holds the dossiers updated since 1 June: the same set, counted by common/kpi directly.
    const codes = new Set(inJune(fixture).map((d) => d.record.MaHoSo));
    const dossiers = fixtureDossiers(fixture).filter((d) => codes.has(d.code));
    const expected = new Map(
      [
        ...summarySamples('hue', provinceTotals(dossiers, june, clock.t), clock.t),
        ...byAgency(dossiers, june, clock.t).flatMap((row) => summarySamples('hue', row, clock.t, row.agencyCode)),
      ].map((s) => [s.seriesId, s.v]),
    );
    expect(lastSamples(ctx)).toEqual(expected);
    expect(expected.get('portal.hue.on-time-rate.sxd')).toBeTypeOf('number');
    // The fixture pays some fees online and files most results: 3.6, 4.2 and 2.2 have something to count.
    for (const metric of ['online-payment-rate', 'digitisation-rate', 'processing-days']) expect(expected.get(`portal.hue.${metric}`), metric).toBeGreaterThan(0);
    const declared = ctx.calls.series.find((s) => s.id === 'portal.hue.on-time-rate.p-thuanhoa');
    expect(declared).toMatchObject({ name: 'Tỷ lệ hồ sơ đúng hạn (chỉ số 2.1) trong tháng: UBND phường Thuận Hóa', unit: '%' });
    expect(declared?.labels).toEqual({ service: 'dossiers', agency: 'P-THUANHOA', metric: 'on-time-rate', province: '46' });
  });
});
