import type { Sample } from '../../common/schemas/series.js';
import { DAY } from '../../common/time.js';
import type { Severity } from '../../common/schemas/alert.js';
import { dailyCurve, sinceMidnight, type Anchors } from './daily-curve.js';
import { pickIndexByWeight, poisson } from './draws.js';
import { itemAt } from './lists.js';
import { formatLocal } from './local-time.js';
import { corridors, inSentence, landmarks } from './places.js';
import type { InitContext, StepContext } from './step-context.js';

/** Public-order incidents (vụ việc an ninh trật tự) reported today; each one raises an alert. */
export interface SecurityState {
  incidentsToday: number;
}

const INCIDENTS_PER_DAY = 14;
/** Evenings around markets and walking streets are the busiest; averages about 1. */
const incidentRhythm: Anchors = [
  [0, 0.9],
  [3, 0.4],
  [6, 0.4],
  [9, 0.8],
  [12, 0.8],
  [17, 1],
  [19, 1.8],
  [22, 1.8],
  [24, 0.9],
];

interface IncidentKind {
  readonly weight: number;
  readonly title: (place: string) => string;
  readonly severities: readonly Severity[];
  /** On a road rather than at a landmark. */
  readonly onRoad: boolean;
}

const kinds: readonly IncidentKind[] = [
  { weight: 4, title: (p) => `Đánh nhau gây mất trật tự tại ${p}`, severities: ['minor', 'minor', 'major'], onRoad: false },
  { weight: 4, title: (p) => `Trộm cắp tài sản tại ${p}`, severities: ['minor', 'info'], onRoad: false },
  { weight: 2, title: (p) => `Cướp giật tài sản tại ${p}`, severities: ['major', 'minor'], onRoad: false },
  { weight: 3, title: (p) => `Gây rối trật tự công cộng tại ${p}`, severities: ['minor', 'info'], onRoad: false },
  { weight: 1, title: (p) => `Tụ tập đua xe trái phép trên ${p}`, severities: ['major', 'major', 'critical'], onRoad: true },
];

function perHour(hour: number): number {
  return (INCIDENTS_PER_DAY / 24) * dailyCurve(incidentRhythm, hour);
}

export function initSecurity({ rng, local }: InitContext): SecurityState {
  return { incidentsToday: poisson(rng, sinceMidnight(local, (at) => perHour(at.hour))) };
}

export function stepSecurity(state: SecurityState, ctx: StepContext): void {
  const { rng, t, dt } = ctx;
  if (ctx.newDay) state.incidentsToday = 0;
  const count = poisson(rng, (INCIDENTS_PER_DAY * dailyCurve(incidentRhythm, ctx.local.hour) * dt) / DAY);
  for (let i = 0; i < count; i++) {
    state.incidentsToday += 1;
    const kind = itemAt(kinds, pickIndexByWeight(rng, kinds.map((k) => k.weight)));
    const place = kind.onRoad ? rng.pick(corridors).name : rng.pick(landmarks);
    ctx.alerts.onEvent(null, {
      severity: rng.pick(kind.severities),
      category: 'security',
      title: kind.title(inSentence(place)),
      description: `Tiếp nhận tin báo lúc ${formatLocal(t)}; lực lượng công an phường đang xác minh.`,
      location: place,
    });
  }
}

/** Background alert from camera analytics: observations that are not incidents and are not counted. */
export function securityNotice(_state: SecurityState, ctx: StepContext): boolean {
  const place = ctx.rng.pick(landmarks);
  const crowd = ctx.rng.chance(0.6);
  ctx.alerts.raise(null, {
    severity: crowd ? 'info' : 'minor',
    category: 'security',
    title: crowd
      ? `Camera phát hiện tụ tập đông người tại ${inSentence(place)}`
      : `Camera phát hiện phương tiện để lâu không người trông giữ tại ${inSentence(place)}`,
    description: `Phát hiện tự động lúc ${formatLocal(ctx.t)}; cần xác minh qua camera.`,
    location: place,
  });
  return true;
}

export function securitySamples(state: SecurityState, t: number): Sample[] {
  return [{ seriesId: 'security.incidents-today', t, v: state.incidentsToday }];
}
