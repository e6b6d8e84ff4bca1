import type { Sample } from '../../common/schemas/series.js';
import { DAY, HOUR } from '../../common/time.js';
import { dailyCurve, type Anchors } from './daily-curve.js';
import { hazard, meanRevert, round1 } from './draws.js';
import { zip } from './lists.js';
import { formatLocal, localTime } from './local-time.js';
import { stations, type Station } from './places.js';
import type { InitContext, StepContext } from './step-context.js';
import { aqiBand, hourlyAqi, nowCast } from './vn-aqi.js';

export interface StationState {
  /** Log-scale variation of the particulate level (weather, local sources). */
  noise: number;
  /** A pollution episode (burning, inversion, dust) multiplies the level until `until`. */
  episode: { factor: number; until: number } | null;
  /** Absolute hour number (t / 1 h) of the hour being averaged. */
  hour: number;
  sum25: number;
  sum10: number;
  samples: number;
  /** Completed hourly means, newest first, at most 11: with the current hour they make NowCast's 12. */
  pm25: number[];
  pm10: number[];
  /** VN_AQI last emitted. */
  aqi: number;
  /** Highest threshold (0, 150, 200) alerted in the current episode. */
  alerted: number;
}

export interface AirState {
  stations: StationState[];
}

/** City background PM2.5 in µg/m³: an assumed level, typical of a central-Vietnam city outside episodes. */
const BASE_PM25 = 22;
/** Morning traffic under a shallow mixing layer is worst; midday mixing clears the air; evening cooking and traffic. */
const pmRhythm: Anchors = [
  [0, 1],
  [4, 1.05],
  [6.5, 1.5],
  [8, 1.6],
  [10, 1.1],
  [13, 0.75],
  [16, 0.8],
  [19, 1.3],
  [21, 1.25],
  [24, 1],
];
const NOISE_SD = 0.25;
const NOISE_TAU = 2 * HOUR;
/** Episodes per station per day; each lasts 2-6 h. More than Huế sees, so that a demo shows the threshold alerts. */
const EPISODES_PER_DAY = 0.8;
/** Alert thresholds, highest first; an alert clears only below CLEAR_BELOW so that an index near 150 does not flap. */
const thresholds = [200, 150] as const;
const CLEAR_BELOW = 140;

function pm25At(station: Station, state: StationState, t: number, noise = state.noise): number {
  const episode = state.episode && t < state.episode.until ? state.episode.factor : 1;
  return BASE_PM25 * station.pmLoad * dailyCurve(pmRhythm, localTime(t).hour) * Math.exp(noise) * episode;
}

function current(state: StationState): { pm25: number; pm10: number } {
  return { pm25: state.sum25 / Math.max(1, state.samples), pm10: state.sum10 / Math.max(1, state.samples) };
}

function aqiOf(state: StationState): { aqi: number; pm25: number; pm10: number } {
  const now = current(state);
  const pm25 = nowCast([now.pm25, ...state.pm25]) ?? now.pm25;
  const pm10 = nowCast([now.pm10, ...state.pm10]) ?? now.pm10;
  return { aqi: hourlyAqi({ pm25, pm10 }), pm25, pm10 };
}

export function initAir({ rng, t }: InitContext): AirState {
  return {
    stations: stations.map((station) => {
      const state: StationState = {
        noise: rng.normal() * NOISE_SD,
        episode: null,
        hour: Math.floor(t / HOUR),
        sum25: 0,
        sum10: 0,
        samples: 0,
        pm25: [],
        pm10: [],
        aqi: 0,
        alerted: 0,
      };
      // Eleven past hours, so that the first NowCast is as smooth as a station's that has been running.
      for (let k = 1; k <= 11; k++) {
        const pm25 = pm25At(station, state, t - k * HOUR, state.noise + rng.normal() * 0.1 * k);
        state.pm25.push(round1(pm25));
        state.pm10.push(round1(pm25 * station.coarseRatio * Math.exp(rng.normal() * 0.1)));
      }
      const pm25 = pm25At(station, state, t);
      state.sum25 = pm25;
      state.sum10 = pm25 * station.coarseRatio;
      state.samples = 1;
      state.aqi = aqiOf(state).aqi;
      return state;
    }),
  };
}

export function stepAir(air: AirState, ctx: StepContext): void {
  const { rng, t, dt, alerts } = ctx;
  const hour = Math.floor(t / HOUR);
  for (const [station, state] of zip(stations, air.stations)) {
    if (hour > state.hour) {
      const done = current(state);
      // Hours the simulator did not see (the machine slept) repeat the last mean rather than leave holes.
      const missed = Math.min(11, hour - state.hour);
      state.pm25 = [...Array.from({ length: missed }, () => round1(done.pm25)), ...state.pm25].slice(0, 11);
      state.pm10 = [...Array.from({ length: missed }, () => round1(done.pm10)), ...state.pm10].slice(0, 11);
      state.hour = hour;
      state.sum25 = 0;
      state.sum10 = 0;
      state.samples = 0;
    }
    state.noise = meanRevert(rng, state.noise, dt, NOISE_TAU, NOISE_SD);
    if (state.episode && t >= state.episode.until) state.episode = null;
    if (!state.episode && rng.chance(hazard(dt * EPISODES_PER_DAY, DAY))) {
      state.episode = { factor: rng.between(2, 3.5), until: t + Math.round(rng.between(2, 6) * HOUR) };
    }
    const pm25 = pm25At(station, state, t);
    state.sum25 += pm25;
    state.sum10 += pm25 * station.coarseRatio * Math.exp(rng.normal() * 0.05);
    state.samples += 1;
    const { aqi, pm25: nowPm25, pm10: nowPm10 } = aqiOf(state);
    state.aqi = aqi;

    const key = `aqi:${station.id}`;
    const passed = thresholds.find((limit) => aqi > limit) ?? 0;
    const detail = `VN_AQI giờ ${aqi} (${aqiBand(aqi)}) lúc ${formatLocal(t)}; NowCast PM2.5 ${round1(nowPm25)} µg/m³, PM10 ${round1(nowPm10)} µg/m³.`;
    if (passed > state.alerted) {
      state.alerted = passed;
      alerts.onEvent(key, {
        severity: passed >= 200 ? 'critical' : 'major',
        category: 'aqi',
        title: `VN_AQI vượt ${passed} tại ${station.name}`,
        description: `${detail} Hạn chế hoạt động ngoài trời.`,
        location: station.name,
      });
    } else if (state.alerted > 0 && aqi < CLEAR_BELOW) {
      if (alerts.isOpen(key)) {
        alerts.raise(key, {
          severity: 'info',
          category: 'aqi',
          title: `VN_AQI vượt ${state.alerted} tại ${station.name}`,
          description: `Đã giảm: ${detail}`,
          location: station.name,
        });
        alerts.forget(key);
      }
      state.alerted = 0;
    }
  }
}

/** Background advisory for a station over "Tốt" that has not crossed an alert threshold; one per station and band a day. */
export function airNotice(air: AirState, ctx: StepContext): boolean {
  const candidates = zip(stations, air.stations).filter(([, state]) => state.aqi > 50 && state.alerted === 0);
  if (candidates.length === 0) return false;
  const [station, state] = ctx.rng.pick(candidates);
  const poor = state.aqi > 100;
  ctx.alerts.raise(`aqi-band:${station.id}:${poor ? 'poor' : 'moderate'}@${ctx.local.day}`, {
    severity: poor ? 'minor' : 'info',
    category: 'aqi',
    title: `Chất lượng không khí ở mức ${aqiBand(state.aqi)} tại ${station.name}`,
    description:
      `VN_AQI giờ ${state.aqi} lúc ${formatLocal(ctx.t)}. ` +
      (poor ? 'Người nhạy cảm nên tránh hoạt động ngoài trời.' : 'Người nhạy cảm nên hạn chế thời gian ở ngoài trời.'),
    location: station.name,
  });
  return true;
}

export function airSamples(air: AirState, t: number): Sample[] {
  return zip(stations, air.stations).map(([station, state]) => ({ seriesId: `aqi.vn-aqi.${station.id}`, t, v: state.aqi }));
}
