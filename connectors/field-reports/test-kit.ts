import type { SourceRecord } from '../../common/schemas/connector.js';
import { createFakeContext, type FakeContext } from '../sdk/fake-context.js';
import { fieldReportsConfigSchema, type FieldReportsConfig } from './config.js';
import type { FieldReport } from './field-report.js';
import { isoVn, type RawRequest } from './fixture/seed-reports.js';
import { startOpen311Fixture, type FixtureOptions, type Open311Fixture } from './fixture/server.js';
import { createOpen311Client, type HttpTuning } from './open311-client.js';
import { createFieldReportsSync, type FieldReportsSync } from './sync.js';

/** Monday 2 June 2025, 10:00 in Huế (UTC+7). */
export const MONDAY_10H = Date.UTC(2025, 5, 2, 3);

/** Short timeouts and no real backoff, so failure tests take milliseconds rather than the defaults' seconds. */
export const fastHttp: HttpTuning = { timeoutMs: 400, backoff: { baseMs: 1, capMs: 2 } };

export interface Clock {
  t: number;
  now(): number;
}

export function createClock(t = MONDAY_10H): Clock {
  const clock = { t, now: () => clock.t };
  return clock;
}

export interface Harness {
  ctx: FakeContext<FieldReportsConfig>;
  sync: FieldReportsSync;
}

/** A sync against `url` with a fake context; `cursors` seeds the context as a host would after a restart. */
export function createHarness(
  url: string,
  clock: Clock,
  options: Record<string, unknown> = {},
  init: { cursors?: Record<string, string>; instanceId?: string; tuning?: HttpTuning } = {},
): Harness {
  const parsed = fieldReportsConfigSchema.parse({ baseUrl: url, ...options });
  const ctx = createFakeContext(parsed, { now: clock.now, instanceId: init.instanceId ?? 'hue', ...(init.cursors ? { cursors: init.cursors } : {}) });
  const sync = createFieldReportsSync(ctx, createOpen311Client(parsed, ctx.signal, init.tuning ?? fastHttp));
  return { ctx, sync };
}

export async function startFixture(clock: Clock, options: Omit<FixtureOptions, 'now'> = {}): Promise<Open311Fixture> {
  return startOpen311Fixture({ seed: 7, ...options, now: clock.now });
}

/** The last stored version of each report, by id. */
export function latestReports(records: readonly SourceRecord[]): Map<string, FieldReport> {
  return new Map(records.map((r) => [r.id, r.data as unknown as FieldReport]));
}

/** The last value emitted for each series. */
export function lastSamples(ctx: FakeContext<unknown>): Map<string, number> {
  return new Map(ctx.calls.samples.flat().map((s) => [s.seriesId, s.v]));
}

export const requestsOf = (fixture: Open311Fixture) => fixture.received.filter((r) => r.path.startsWith('requests.'));

/** A normalised report for unit tests: open, normal, received at 08:00 on 2 June 2025 in Huế, due 72 hours later. */
export function sampleReport(change: Partial<FieldReport> = {}): FieldReport {
  const requestedAt = Date.UTC(2025, 5, 2, 1);
  return {
    id: 'HUE-000001',
    status: 'in_progress',
    statusLabel: 'Đang xử lý',
    open311Status: 'open',
    serviceCode: 'VSMT',
    serviceName: 'Rác thải, vệ sinh môi trường',
    urgency: 'normal',
    address: '12 Lê Lợi, Phường Thuận Hóa, thành phố Huế',
    ward: { key: 'thuan-hoa', name: 'Phường Thuận Hóa' },
    requestedAt,
    updatedAt: requestedAt,
    slaHours: 72,
    dueAt: requestedAt + 72 * 3_600_000,
    overdue: false,
    personal: { name: 'Nguyễn Văn An', phone: '+84 90 123 4567' },
    ...change,
  };
}

/** A request the fixture serves as given: new, received at `requestedAt`, with a reporter. */
export function rawRequest(id: string, requestedAt: number, change: Partial<RawRequest> = {}): RawRequest {
  return {
    service_request_id: id,
    status: 'open',
    status_notes: 'Mới tiếp nhận: chờ xác minh',
    service_code: 'CXDT',
    service_name: 'Cây xanh',
    description: 'Cây xanh gãy cành đè lên vỉa hè.',
    requested_datetime: isoVn(requestedAt),
    updated_datetime: isoVn(requestedAt),
    address: '5 Lê Lợi, Phường Vỹ Dạ, thành phố Huế',
    lat: 16.46,
    long: 107.6,
    ioc_status: 'new',
    ioc_priority: 'normal',
    first_name: 'Thị Lan',
    last_name: 'Trần',
    phone: '+84 91 234 5678',
    ...change,
  };
}
