import type { Sample } from '../../common/schemas/series.js';
import { DAY, HOUR, MINUTE } from '../../common/time.js';
import type { Severity } from '../../common/schemas/alert.js';
import type { Rng } from '../sdk/rng.js';
import { dailyCurve, type Anchors } from './daily-curve.js';
import { hazard, pickIndexByWeight, poisson } from './draws.js';
import { itemAt } from './lists.js';
import { departmentName, departments } from './departments.js';
import type { InitContext, StepContext } from './step-context.js';

/** Security events seen by the SIEM, counted per minute over a sliding hour; a few become alerts. */
export interface InfosecState {
  /** Absolute minute (t / 1 min) of the newest bucket. */
  minute: number;
  /** Events per minute, indexed by minute % 60. */
  buckets: number[];
  /** A scanning campaign multiplies events until then. */
  burstUntil: number;
}

/** Events an hour: office traffic brings more blocked requests and failed logins. */
const eventRhythm: Anchors = [
  [0, 120],
  [6, 130],
  [8, 260],
  [17, 260],
  [20, 170],
  [24, 120],
];
const BURSTS_PER_DAY = 4;
const BURST_EVENTS_PER_HOUR = 600;

const systems = ['cổng dịch vụ công', 'hệ thống quản lý văn bản', 'Cổng thông tin điện tử', 'nền tảng LGSP', 'hệ thống thư điện tử công vụ'];

/** Addresses only from the documentation ranges (RFC 5737), so no real host is ever named. */
function documentationIp(rng: Rng): string {
  return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
}

interface EventKind {
  readonly weight: number;
  readonly severities: readonly Severity[];
  readonly describe: (rng: Rng, province: string) => string;
}

const kinds: readonly EventKind[] = [
  { weight: 5, severities: ['info', 'minor'], describe: (rng) => `Phát hiện dò quét cổng từ ${documentationIp(rng)} vào ${rng.pick(systems)}` },
  { weight: 3, severities: ['minor', 'minor', 'minor', 'major'], describe: (rng) => `Đăng nhập sai nhiều lần vào ${rng.pick(systems)} từ ${documentationIp(rng)}` },
  {
    weight: 3,
    severities: ['info', 'minor'],
    describe: (rng) => `Tường lửa ứng dụng web chặn truy vấn SQL injection vào ${rng.pick(systems)} từ ${documentationIp(rng)}`,
  },
  {
    weight: 0.005,
    severities: ['critical'],
    describe: (rng, province) => `Phát hiện mã độc trên máy trạm tại ${departmentName(rng.pick(departments), province)}`,
  },
];

function perHour(hour: number, t: number, burstUntil: number): number {
  return dailyCurve(eventRhythm, hour) + (t < burstUntil ? BURST_EVENTS_PER_HOUR : 0);
}

export function initInfosec({ rng, t, local }: InitContext): InfosecState {
  const rate = perHour(local.hour, t, 0);
  return { minute: Math.floor(t / MINUTE), buckets: Array.from({ length: 60 }, () => poisson(rng, rate / 60)), burstUntil: 0 };
}

function addEvents(state: InfosecState, count: number): void {
  const index = state.minute % 60;
  state.buckets[index] = (state.buckets[index] ?? 0) + count;
}

export function stepInfosec(state: InfosecState, ctx: StepContext): void {
  const { rng, t, dt } = ctx;
  const minute = Math.floor(t / MINUTE);
  for (let m = state.minute + 1; m <= Math.min(minute, state.minute + 60); m++) state.buckets[m % 60] = 0;
  state.minute = Math.max(state.minute, minute);
  if (t >= state.burstUntil && rng.chance(hazard(dt * BURSTS_PER_DAY, DAY))) {
    state.burstUntil = t + Math.round(rng.between(20, 40) * MINUTE);
    const target = rng.pick(systems);
    ctx.alerts.onEvent(null, {
      severity: 'major',
      category: 'infosec',
      title: `Dò quét diện rộng từ dải 203.0.113.0/24 vào ${target}`,
      description: 'Số sự kiện an toàn thông tin tăng đột biến; đã chặn tạm thời dải địa chỉ nguồn trên tường lửa.',
      location: 'Trung tâm dữ liệu',
    });
  }
  addEvents(state, poisson(rng, (perHour(ctx.local.hour, t, state.burstUntil) * dt) / HOUR));
}

/** Background alert: one SIEM event worth showing; it is one of the events counted this minute. */
export function infosecNotice(state: InfosecState, ctx: StepContext): boolean {
  const kind = itemAt(kinds, pickIndexByWeight(ctx.rng, kinds.map((k) => k.weight)));
  addEvents(state, 1);
  ctx.alerts.raise(null, {
    severity: ctx.rng.pick(kind.severities),
    category: 'infosec',
    title: kind.describe(ctx.rng, ctx.province),
    description: 'Sự kiện từ hệ thống giám sát an toàn thông tin (SIEM).',
    location: 'Trung tâm dữ liệu',
  });
  return true;
}

export function infosecSamples(state: InfosecState, t: number): Sample[] {
  return [{ seriesId: 'infosec.events-hour', t, v: state.buckets.reduce((sum, v) => sum + v, 0) }];
}
