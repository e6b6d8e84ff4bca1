import type { AlertInput } from '../../common/schemas/alert.js';
import type { Sample } from '../../common/schemas/series.js';
import { HOUR } from '../../common/time.js';
import { initialState, samplesOf, step, type ModelParams } from './model.js';

/** Monday 2 June 2025, 00:00 in Huế (UTC+7): a working day, so office rhythms show. */
export const MONDAY_MIDNIGHT = Date.UTC(2025, 5, 1, 17);

export const localHour = (hour: number): number => MONDAY_MIDNIGHT + hour * HOUR;

export interface Run {
  /** One entry per step, the first being the initial emit. */
  steps: { t: number; samples: Sample[]; alerts: AlertInput[] }[];
}

/** Runs the model the way the connector does: initial samples, then one step per time. */
export function runModel(params: Partial<ModelParams>, times: readonly number[]): Run {
  const [first, ...rest] = times;
  if (first === undefined) throw new RangeError('runModel needs at least one time');
  let state = initialState({ seed: 20251, alertRate: 1, province: '46', ...params }, first);
  const steps: Run['steps'] = [{ t: first, samples: samplesOf(state, first), alerts: [] }];
  for (const t of rest) {
    const result = step(state, t);
    state = result.state;
    steps.push({ t, samples: result.samples, alerts: result.alerts });
  }
  return { steps };
}

export function everyStep(from: number, to: number, stepMs: number): number[] {
  const times: number[] = [];
  for (let t = from; t <= to; t += stepMs) times.push(t);
  return times;
}

export function valuesAt(samples: readonly Sample[]): Map<string, number> {
  return new Map(samples.map((s) => [s.seriesId, s.v]));
}
