import type { Rng } from '../sdk/rng.js';
import type { AlertDesk } from './alert-desk.js';
import type { LocalTime } from './local-time.js';

/** What every part of the model gets for one step. Parts update their own slice of a fresh copy of the state. */
export interface StepContext {
  readonly rng: Rng;
  readonly t: number;
  /** Time of the previous step. */
  readonly prevT: number;
  /** Elapsed time used for rates: capped, so a machine waking from sleep does not replay hours at once. */
  readonly dt: number;
  readonly local: LocalTime;
  /** Local midnight passed since the previous step: "today" counters start again. */
  readonly newDay: boolean;
  readonly province: string;
  readonly alerts: AlertDesk;
}

/** What the initial state of a part needs. */
export interface InitContext {
  readonly rng: Rng;
  readonly t: number;
  readonly local: LocalTime;
}
