import type { AlertInput } from '../../common/schemas/alert.js';
import type { Sample } from '../../common/schemas/series.js';
import { MINUTE } from '../../common/time.js';
import { createRng } from '../sdk/rng.js';
import { airSamples, initAir, stepAir } from './air.js';
import { createAlertDesk } from './alert-desk.js';
import { raiseBackground } from './background.js';
import { documentSamples, initDocuments, stepDocuments } from './documents.js';
import { dossierSamples, initDossiers, stepDossiers } from './dossiers.js';
import { clamp } from './draws.js';
import { fieldReportSamples, initFieldReports, openReportKeys, stepFieldReports } from './field-reports.js';
import { infosecSamples, initInfosec, stepInfosec } from './infosec.js';
import { localTime } from './local-time.js';
import { initSecurity, securitySamples, stepSecurity } from './security.js';
import type { ModelParams, SimState } from './sim-state.js';
import type { StepContext } from './step-context.js';
import { initTraffic, stepTraffic, trafficSamples } from './traffic.js';

export type { ModelParams, SimState } from './sim-state.js';

export interface StepResult {
  state: SimState;
  samples: Sample[];
  alerts: AlertInput[];
}

/** Longest time a single step simulates; a longer gap (sleep, a paused debugger) is skipped, not replayed. */
const MAX_STEP = 10 * MINUTE;

/** A plausible state at time t, as if the sources had been running all day. */
export function initialState(params: ModelParams, t: number): SimState {
  const rng = createRng(params.seed);
  const local = localTime(t);
  const init = { rng, t, local };
  const state: SimState = {
    params: { ...params },
    rng: 0,
    t,
    day: local.day,
    alerts: { seq: 0, open: {} },
    fieldReports: initFieldReports(init),
    traffic: initTraffic(init),
    air: initAir(init),
    dossiers: initDossiers(init),
    documents: initDocuments(init),
    security: initSecurity(init),
    infosec: initInfosec(init),
  };
  state.rng = rng.state;
  return state;
}

/** Advances to time t. Pure: the same state and t always give the same result, and `previous` is not touched. */
export function step(previous: SimState, t: number): StepResult {
  // The parts update a private copy in place, which reads more simply than rebuilding every object.
  const state = structuredClone(previous);
  const rng = createRng(state.rng);
  const local = localTime(t);
  const alerts = createAlertDesk(state.alerts, rng, state.params.alertRate, t);
  const ctx: StepContext = {
    rng,
    t,
    prevT: state.t,
    dt: clamp(t - state.t, 0, MAX_STEP),
    local,
    newDay: local.day !== state.day,
    province: state.params.province,
    alerts,
  };
  stepFieldReports(state.fieldReports, ctx);
  stepTraffic(state.traffic, ctx);
  stepAir(state.air, ctx);
  stepDossiers(state.dossiers, ctx);
  stepDocuments(state.documents, ctx);
  stepSecurity(state.security, ctx);
  stepInfosec(state.infosec, ctx);
  raiseBackground(state, ctx);

  const reportKeys = openReportKeys(state.fieldReports);
  alerts.prune((key) => {
    if (key.startsWith('fr:') || key.startsWith('fr-due:')) return reportKeys.has(key);
    // Daily keys ("doc-overdue:so-y-te@20241") end with their local day: yesterday's alerts are not updated any more.
    return !key.includes('@') || key.endsWith(`@${local.day}`);
  });
  state.rng = rng.state;
  state.t = t;
  state.day = local.day;
  return { state, samples: samplesOf(state, t), alerts: alerts.raised };
}

/** One sample for every series, at time t. */
export function samplesOf(state: SimState, t: number): Sample[] {
  return [
    ...fieldReportSamples(state.fieldReports, t),
    ...trafficSamples(state.traffic, t),
    ...dossierSamples(state.dossiers, t),
    ...documentSamples(state.documents, t),
    ...airSamples(state.air, t),
    ...securitySamples(state.security, t),
    ...infosecSamples(state.infosec, t),
  ];
}
