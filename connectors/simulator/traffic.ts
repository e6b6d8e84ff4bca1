import type { Severity } from '../../common/schemas/alert.js';
import type { Sample } from '../../common/schemas/series.js';
import { HOUR, MINUTE } from '../../common/time.js';
import type { AlertDraft } from './alert-desk.js';
import { dailyCurve, type Anchors } from './daily-curve.js';
import { clamp, hazard, meanRevert, round1 } from './draws.js';
import { zip } from './lists.js';
import { formatLocal, isWeekend, minutesBetween, type LocalTime } from './local-time.js';
import { corridors, inSentence, type Corridor } from './places.js';
import type { InitContext, StepContext } from './step-context.js';

export interface CorridorState {
  /** Minute-to-minute variation around the rhythm, on a log scale so that quiet nights stay quiet. */
  noise: number;
  /** Extra congestion from a crash or breakdown, fading away. */
  incident: number;
  /** Congestion index 0-100 last emitted. */
  index: number;
  /** When the index last went over the congestion threshold; null while traffic flows. */
  congestedSince: number | null;
}

export interface TrafficState {
  corridors: CorridorState[];
}

/** Weekday congestion of a typical corridor: school and office peaks at 7-8h and 17-18h, a smaller one at noon. */
const weekdayRhythm: Anchors = [
  [0, 8],
  [5, 9],
  [6, 28],
  [7, 68],
  [7.5, 76],
  [8.2, 70],
  [9, 48],
  [10.5, 42],
  [11.3, 56],
  [12, 50],
  [13, 38],
  [14.5, 42],
  [16.3, 56],
  [17.2, 74],
  [17.7, 78],
  [18.5, 66],
  [19.5, 52],
  [21, 40],
  [22.5, 22],
  [24, 8],
];
const WEEKEND_SCALE = 0.75;
const NOISE_SD = 0.12;
const NOISE_TAU = 15 * MINUTE;
const INCIDENT_TAU = 30 * MINUTE;
/** Incidents per hour per corridor at a rhythm value of 50; busier roads have more. */
const INCIDENTS_PER_HOUR = 0.2;
/** Passing it raises "Ùn tắc kéo dài"; the alert clears below CLEAR_BELOW, so a jittering index does not flap. */
const CONGESTED_ABOVE = 80;
const CLEAR_BELOW = 72;
const UPDATE_EVERY = 5 * MINUTE;

function rhythm(local: LocalTime): number {
  return dailyCurve(weekdayRhythm, local.hour) * (isWeekend(local) ? WEEKEND_SCALE : 1);
}

function indexOf(corridor: Corridor, state: CorridorState, local: LocalTime): number {
  return Math.round(clamp(rhythm(local) * corridor.load * Math.exp(state.noise) + state.incident, 0, 100));
}

export function initTraffic({ rng, t, local }: InitContext): TrafficState {
  return {
    corridors: corridors.map((corridor) => {
      const state: CorridorState = { noise: rng.normal() * NOISE_SD, incident: 0, index: 0, congestedSince: null };
      state.index = indexOf(corridor, state, local);
      if (state.index > CONGESTED_ABOVE) state.congestedSince = t;
      return state;
    }),
  };
}

export function stepTraffic(traffic: TrafficState, ctx: StepContext): void {
  const { rng, t, dt, local, alerts } = ctx;
  for (const [corridor, state] of zip(corridors, traffic.corridors)) {
    state.noise = meanRevert(rng, state.noise, dt, NOISE_TAU, NOISE_SD);
    state.incident *= Math.exp(-dt / INCIDENT_TAU);
    const incidentRate = (INCIDENTS_PER_HOUR * rhythm(local) * corridor.load) / 50;
    if (rng.chance(hazard(dt * incidentRate, HOUR))) state.incident += rng.between(10, 30);
    state.index = indexOf(corridor, state, local);

    const key = `traffic:${corridor.id}`;
    const draft = (description: string, severity: Severity): AlertDraft => ({
      severity,
      category: 'traffic',
      title: `Ùn tắc kéo dài trên ${inSentence(corridor.name)}`,
      description,
      location: corridor.name,
    });
    if (state.congestedSince === null && state.index > CONGESTED_ABOVE) {
      state.congestedSince = t;
      alerts.onEvent(key, draft(`Chỉ số ùn tắc ${state.index}% lúc ${formatLocal(t)}.`, state.index >= 92 ? 'critical' : 'major'));
    } else if (state.congestedSince !== null && state.index < CLEAR_BELOW) {
      const minutes = minutesBetween(state.congestedSince, t);
      state.congestedSince = null;
      if (alerts.isOpen(key)) {
        alerts.raise(key, draft(`Đã giảm còn ${state.index}% lúc ${formatLocal(t)}; ùn tắc kéo dài ${minutes} phút.`, 'info'));
        alerts.forget(key);
      }
    } else if (state.congestedSince !== null && t - (alerts.touchedAt(key) ?? t) >= UPDATE_EVERY) {
      const minutes = minutesBetween(state.congestedSince, t);
      const severity = state.index >= 92 || minutes >= 30 ? 'critical' : 'major';
      alerts.raise(key, draft(`Chỉ số ùn tắc ${state.index}%, kéo dài ${minutes} phút từ ${formatLocal(state.congestedSince)}.`, severity));
    }
  }
}

/** Background alert about traffic on one corridor: camera and signal events that do not change the index. */
export function trafficNotice(traffic: TrafficState, ctx: StepContext): boolean {
  const [corridor, state] = ctx.rng.pick(zip(corridors, traffic.corridors));
  const road = inSentence(corridor.name);
  const notices =
    state.index >= 60
      ? [{ title: `Mật độ phương tiện cao trên ${road}`, severity: 'info' as const }]
      : [
          { title: `Phương tiện dừng, đỗ sai quy định trên ${road}`, severity: 'info' as const },
          { title: `Va chạm giao thông nhẹ trên ${road}`, severity: 'minor' as const },
          { title: `Đèn tín hiệu giao thông gặp sự cố trên ${road}`, severity: 'minor' as const },
        ];
  const notice = ctx.rng.pick(notices);
  ctx.alerts.raise(null, {
    ...notice,
    category: 'traffic',
    description: `Chỉ số ùn tắc hiện tại ${state.index}%.`,
    location: corridor.name,
  });
  return true;
}

export function trafficSamples(traffic: TrafficState, t: number): Sample[] {
  const indices = traffic.corridors.map((c) => c.index);
  const average = indices.reduce((sum, v) => sum + v, 0) / Math.max(1, indices.length);
  return [
    ...zip(corridors, indices).map(([corridor, v]) => ({ seriesId: `traffic.congestion.${corridor.id}`, t, v })),
    { seriesId: 'traffic.congestion.average', t, v: round1(average) },
  ];
}
