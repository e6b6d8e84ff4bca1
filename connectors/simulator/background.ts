import { SECOND } from '../../common/time.js';
import { airNotice } from './air.js';
import { documentNotice } from './documents.js';
import { dossierNotice } from './dossiers.js';
import { pickIndexByWeight, poisson } from './draws.js';
import { fieldReportReminder } from './field-reports.js';
import { infosecNotice } from './infosec.js';
import { itemAt } from './lists.js';
import { securityNotice } from './security.js';
import type { SimState } from './sim-state.js';
import type { StepContext } from './step-context.js';
import { trafficNotice } from './traffic.js';

/**
 * A wall demo needs a steady flow of alerts, far more than the modelled events give. This stream adds
 * notices, reminders and SIEM events that do not change the counters: at alertRate 1 about one every 7.5 s.
 */
const MEAN_GAP = 7.5 * SECOND;
/** Bounds the burst after a long step (a 1-minute test step or a machine waking up). */
const MAX_PER_STEP = 12;

type Source = (state: SimState, ctx: StepContext) => boolean;

/** Mostly minor and info notices; a source that has nothing to say (no open report) falls back to the SIEM. */
const sources: readonly (readonly [weight: number, source: Source])[] = [
  [3, (s, ctx) => trafficNotice(s.traffic, ctx)],
  [3, (s, ctx) => fieldReportReminder(s.fieldReports, ctx)],
  [2, (s, ctx) => dossierNotice(s.dossiers, ctx)],
  [2, (s, ctx) => documentNotice(s.documents, ctx)],
  [2, (s, ctx) => securityNotice(s.security, ctx)],
  [3, (s, ctx) => infosecNotice(s.infosec, ctx)],
  [1, (s, ctx) => airNotice(s.air, ctx)],
];

export function raiseBackground(state: SimState, ctx: StepContext): void {
  const count = Math.min(MAX_PER_STEP, poisson(ctx.rng, (state.params.alertRate * ctx.dt) / MEAN_GAP));
  for (let i = 0; i < count; i++) {
    const [, source] = itemAt(sources, pickIndexByWeight(ctx.rng, sources.map(([weight]) => weight)));
    if (!source(state, ctx)) infosecNotice(state.infosec, ctx);
  }
}
