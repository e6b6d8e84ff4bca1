import type { Sample } from '../../common/schemas/series.js';
import { DAY, HOUR } from '../../common/time.js';
import type { Rng } from '../sdk/rng.js';
import type { AlertDraft } from './alert-desk.js';
import { dailyCurve, officeFactor, type Anchors } from './daily-curve.js';
import { hazard, pickIndexByWeight, poisson } from './draws.js';
import { itemAt } from './lists.js';
import { formatLocal } from './local-time.js';
import { communes } from './places.js';
import { categories, reportStages, stageNames, type ReportStage } from './report-categories.js';
import type { InitContext, StepContext } from './step-context.js';

export interface FieldReport {
  id: number;
  commune: number;
  category: number;
  stage: ReportStage;
  receivedAt: number;
  dueAt: number;
}

export interface FieldReportsState {
  nextId: number;
  open: FieldReport[];
  resolvedToday: number;
}

/** Reports a day across the eight wards shown. */
const REPORTS_PER_DAY = 80;
/** Citizens report on the way to work and after lunch; few at night. Averages about 1 over the day. */
const arrivalRhythm: Anchors = [
  [0, 0.15],
  [5, 0.15],
  [7, 1.8],
  [10, 1.8],
  [11.5, 1],
  [13, 1],
  [14, 1.5],
  [17, 1.5],
  [19, 0.9],
  [22, 0.4],
  [24, 0.15],
];
/** Mean office hours spent in each stage before the next one. */
const stageHours: Record<Exclude<ReportStage, 'in-progress'>, number> = { new: 0.5, verified: 0.75, assigned: 1.5 };
/** Share of new reports the IOC rejects on verification (duplicates, out of scope). */
const REJECT_SHARE = 0.05;

function newReport(id: number, rng: Rng, receivedAt: number): FieldReport {
  const category = pickIndexByWeight(rng, categories.map((c) => c.weight));
  return {
    id,
    commune: pickIndexByWeight(rng, communes.map((c) => c.reportWeight)),
    category,
    stage: 'new',
    receivedAt,
    dueAt: receivedAt + itemAt(categories, category).slaHours * HOUR,
  };
}

export function initFieldReports({ rng, t, local }: InitContext): FieldReportsState {
  const open: FieldReport[] = [];
  const count = poisson(rng, 40);
  for (let id = 1; id <= count; id++) {
    // Ages skew recent: older reports have mostly been resolved.
    const report = newReport(id, rng, t - Math.round(Math.min(72, -Math.log(1 - rng.next()) * 10) * HOUR));
    const ageHours = (t - report.receivedAt) / HOUR;
    let elapsed = 0;
    for (const stage of reportStages) {
      report.stage = stage;
      if (stage === 'in-progress') break;
      elapsed += stageHours[stage] * rng.between(0.5, 3);
      if (elapsed > ageHours) break;
    }
    open.push(report);
  }
  // About nine in ten reports are resolved within the day they come in.
  const resolvedSoFar = REPORTS_PER_DAY * 0.9 * (local.hour / 24);
  return { nextId: count + 1, open, resolvedToday: poisson(rng, resolvedSoFar) };
}

function overdueFor(ms: number): string {
  return ms < HOUR ? 'vừa quá hạn' : `quá hạn ${Math.round(ms / HOUR)} giờ`;
}

function overdueDraft(report: FieldReport, t: number): AlertDraft {
  const category = itemAt(categories, report.category);
  const commune = itemAt(communes, report.commune);
  return {
    severity: category.urgent ? 'major' : 'minor',
    category: 'field-report',
    title: `Phản ánh quá hạn xử lý: ${category.name} tại ${commune.name}`,
    description:
      `Phản ánh #${report.id} tiếp nhận lúc ${formatLocal(report.receivedAt)}, hạn xử lý ${formatLocal(report.dueAt)}; ` +
      `trạng thái: ${stageNames[report.stage]}; ${overdueFor(t - report.dueAt)}.`,
    location: commune.name,
  };
}

const nextStage: Record<Exclude<ReportStage, 'in-progress'>, ReportStage> = {
  new: 'verified',
  verified: 'assigned',
  assigned: 'in-progress',
};

export function stepFieldReports(state: FieldReportsState, ctx: StepContext): void {
  const { rng, t, prevT, dt, alerts } = ctx;
  if (ctx.newDay) state.resolvedToday = 0;
  const work = officeFactor(ctx.local);
  const kept: FieldReport[] = [];
  for (const report of state.open) {
    const category = itemAt(categories, report.category);
    const meanWait = (report.stage === 'in-progress' ? category.fixHours : stageHours[report.stage]) * HOUR;
    // Urgent reports are handled around the clock; the rest follow office hours.
    const pace = category.urgent ? Math.max(work, 0.6) : work;
    if (rng.chance(hazard(dt * pace, meanWait))) {
      if (report.stage === 'in-progress') {
        state.resolvedToday += 1;
        continue;
      }
      if (report.stage === 'new' && rng.chance(REJECT_SHARE)) continue;
      report.stage = nextStage[report.stage];
    }
    if (report.dueAt > prevT && report.dueAt <= t) alerts.onEvent(`fr:${report.id}`, overdueDraft(report, t));
    kept.push(report);
  }
  const arrivals = poisson(rng, (REPORTS_PER_DAY * dailyCurve(arrivalRhythm, ctx.local.hour) * dt) / DAY);
  for (let i = 0; i < arrivals; i++) {
    const report = newReport(state.nextId++, rng, t);
    const category = itemAt(categories, report.category);
    if (category.urgent) {
      const commune = itemAt(communes, report.commune);
      alerts.onEvent(null, {
        severity: 'minor',
        category: 'field-report',
        title: `Phản ánh khẩn: ${category.name} tại ${commune.name}`,
        description: `Phản ánh #${report.id} cần xử lý trong ${category.slaHours} giờ, trước ${formatLocal(report.dueAt)}.`,
        location: commune.name,
      });
    }
    kept.push(report);
  }
  state.open = kept;
}

/** Background alert about one open report: a reminder if it is overdue or nearly due. */
export function fieldReportReminder(state: FieldReportsState, ctx: StepContext): boolean {
  if (state.open.length === 0) return false;
  const report = ctx.rng.pick(state.open);
  if (report.dueAt <= ctx.t) {
    ctx.alerts.raise(`fr:${report.id}`, overdueDraft(report, ctx.t));
    return true;
  }
  const category = itemAt(categories, report.category);
  if (report.dueAt - ctx.t > category.slaHours * HOUR * 0.25) return false;
  const commune = itemAt(communes, report.commune);
  ctx.alerts.raise(`fr-due:${report.id}`, {
    severity: 'info',
    category: 'field-report',
    title: `Phản ánh sắp đến hạn xử lý: ${category.name} tại ${commune.name}`,
    description: `Phản ánh #${report.id} (${stageNames[report.stage]}) đến hạn lúc ${formatLocal(report.dueAt)}.`,
    location: commune.name,
  });
  return true;
}

/** Keys of alerts that still refer to an open report. */
export function openReportKeys(state: FieldReportsState): Set<string> {
  return new Set(state.open.flatMap((r) => [`fr:${r.id}`, `fr-due:${r.id}`]));
}

export function fieldReportSamples(state: FieldReportsState, t: number): Sample[] {
  const byStage: Record<ReportStage, number> = { new: 0, verified: 0, assigned: 0, 'in-progress': 0 };
  const byCommune = communes.map(() => 0);
  let overdue = 0;
  for (const report of state.open) {
    // A report past its due time counts as overdue instead of under its stage, so the statuses add up to the open total.
    if (report.dueAt <= t) overdue += 1;
    else byStage[report.stage] += 1;
    byCommune[report.commune] = (byCommune[report.commune] ?? 0) + 1;
  }
  return [
    ...reportStages.map((stage) => ({ seriesId: `field-reports.status.${stage}`, t, v: byStage[stage] })),
    { seriesId: 'field-reports.status.resolved-today', t, v: state.resolvedToday },
    { seriesId: 'field-reports.status.overdue', t, v: overdue },
    ...communes.map((c, i) => ({ seriesId: `field-reports.commune.${c.id}`, t, v: byCommune[i] ?? 0 })),
  ];
}
