import type { SourceRecord } from '../../common/schemas/connector.js';
import { expectedSeries } from '../../test/e2e/expected-dossiers.js';
import { createFakeContext, type FakeContext } from '../sdk/fake-context.js';
import { createAdapterClient, type HttpTuning } from './adapter-client.js';
import { portalConfigSchema, type PortalConfig } from './config.js';
import { startPortalFixture, type PortalFixture, type PortalFixtureOptions } from './fixture/server.js';
import { createPortalSync, type PortalSync } from './integration-sync.js';

/** Monday 16 June 2025, 10:00 in Huế (UTC+7): the fixture's 45 days reach back into May. */
export const JUNE_16_10H = Date.UTC(2025, 5, 16, 3);

/** Short timeouts and no real backoff, so failure tests take milliseconds rather than the defaults' seconds. */
export const fastHttp: HttpTuning = { timeoutMs: 400, backoff: { baseMs: 1, capMs: 2 } };

export interface Clock {
  t: number;
  now(): number;
}

export function createClock(t = JUNE_16_10H): Clock {
  const clock = { t, now: () => clock.t };
  return clock;
}

export async function startFixture(clock: Clock, options: Omit<PortalFixtureOptions, 'now'> = {}): Promise<PortalFixture> {
  return startPortalFixture({ seed: 7, ...options, now: clock.now });
}

export interface Harness {
  ctx: FakeContext<PortalConfig>;
  sync: PortalSync;
}

/** An integration sync against the fixture with a fake context; `cursors` seeds it as a host would after a restart. */
export function createHarness(
  fixture: PortalFixture,
  clock: Clock,
  options: Record<string, unknown> = {},
  init: { cursors?: Record<string, string>; tuning?: HttpTuning; baseUrl?: string } = {},
): Harness {
  const parsed = portalConfigSchema.parse({
    mode: 'integration',
    baseUrl: init.baseUrl ?? fixture.url,
    ...fixture.credentials,
    madonvi: '000.00.00.H46',
    ...options,
  });
  const ctx = createFakeContext(parsed, { now: clock.now, instanceId: 'hue', ...(init.cursors ? { cursors: init.cursors } : {}) });
  return { ctx, sync: createPortalSync(ctx, createAdapterClient(parsed, ctx.signal, init.tuning ?? fastHttp)) };
}

/** The series the connector must emit for the fixture's raw dossiers at `now`, counted apart from it. */
export const expectedSamples = (fixture: PortalFixture, now: number, instanceId = 'hue'): Map<string, number> =>
  expectedSeries(fixture.dossiers, now, instanceId);

/** The last value emitted for each series. */
export function lastSamples(ctx: FakeContext<unknown>): Map<string, number> {
  return new Map(ctx.calls.samples.flat().map((s) => [s.seriesId, s.v]));
}

export const integrationBodies = (fixture: PortalFixture) =>
  fixture.received
    .filter((r) => r.path === '/integration')
    .map((r) => r.body as { session: string; data: [{ TuNgay?: string; DenNgay?: string; TrangThaiHoSo?: number[] }] });

export const ids = (records: readonly SourceRecord[]): string[] => records.map((r) => r.id);

/** What an integration request asked: its TrangThaiHoSo list, or its [TuNgay, DenNgay] window. */
export const queryOf = (b: ReturnType<typeof integrationBodies>[number]) => b.data[0].TrangThaiHoSo ?? [b.data[0].TuNgay, b.data[0].DenNgay];

/** TrangThaiHoSo 1, 2, 4, 5, 6: no end status yet (domain.md 1.1). */
export const isOpen = (status: unknown): boolean => [1, 2, 4, 5, 6].includes(Number(status));

/** The MaHoSo of fixture dossiers, sorted. */
export const codes = (list: readonly { record: Record<string, unknown> }[]): string[] => list.map((d) => String(d.record.MaHoSo)).sort();
