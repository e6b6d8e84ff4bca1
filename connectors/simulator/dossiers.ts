import type { Sample } from '../../common/schemas/series.js';
import { DAY, HOUR } from '../../common/time.js';
import type { AlertDraft } from './alert-desk.js';
import { dailyCurve, officeFactor, sinceMidnight, type Anchors } from './daily-curve.js';
import { hazard, pickIndexByWeight, poisson, round1, thinned } from './draws.js';
import { itemAt } from './lists.js';
import { isWeekend, type LocalTime } from './local-time.js';
import { departmentName, departments } from './departments.js';
import type { InitContext, StepContext } from './step-context.js';

/**
 * Public-service dossiers (TTHC) of the province as stocks and daily counters. A dossier that passes its
 * due date moves from the on-time stock to the overdue stock; finishing an overdue one is a late completion.
 */
export interface DossiersState {
  receivedToday: number;
  onlineToday: number;
  completedToday: number;
  lateToday: number;
  /** In progress and within the due date. */
  onTime: number;
  /** In progress and past the due date. */
  overdue: number;
  /** Dossiers that went overdue today, per department (order of `departments`). */
  overdueTodayByDepartment: number[];
  /** The rates keep their last value while today has no denominator yet (just after midnight). */
  onTimeRate: number;
  onlineRate: number;
}

/** One-stop counters receive in office hours only; this is per full office hour. */
const COUNTER_PER_OFFICE_HOUR = 75;
const ONLINE_PER_DAY = 900;
const onlineRhythm: Anchors = [
  [0, 0.2],
  [6, 0.3],
  [8, 1.8],
  [11.5, 1.8],
  [13, 1.2],
  [14, 1.6],
  [17, 1.4],
  [20, 0.9],
  [23, 0.4],
  [24, 0.2],
];
/** Share of the on-time stock finished per full office hour: ~1,400 a day from ~7,000 in progress. */
const COMPLETE_PER_OFFICE_HOUR = 0.025;
/** Overdue dossiers take longer: a mean of 18 office hours (about two working days). */
const OVERDUE_FIX_HOURS = 18;
/** Dossiers going overdue a day, out of the on-time stock: gives ~97% on time. */
const GO_OVERDUE_PER_DAY = 40 / 7000;

function onlinePerHour(local: LocalTime): number {
  return (ONLINE_PER_DAY / 24) * dailyCurve(onlineRhythm, local.hour) * (isWeekend(local) ? 0.4 : 1);
}

function lateDraft(name: string, lateToday: number, overdueTotal: number): AlertDraft {
  return {
    severity: lateToday >= 5 ? 'major' : 'minor',
    category: 'dossier',
    title: `Hồ sơ TTHC trễ hạn tại ${name}`,
    description: `${lateToday} hồ sơ tại ${name} quá hạn giải quyết trong ngày; toàn tỉnh còn ${overdueTotal} hồ sơ quá hạn chưa giải quyết.`,
    location: name,
  };
}

export function initDossiers({ rng, local }: InitContext): DossiersState {
  const onTime = Math.round(rng.between(6500, 7500));
  const overdue = Math.round(rng.between(60, 120));
  const officeHours = sinceMidnight(local, officeFactor);
  const online = poisson(rng, sinceMidnight(local, onlinePerHour));
  const received = online + poisson(rng, COUNTER_PER_OFFICE_HOUR * officeHours);
  const late = thinned(rng, overdue, 1 - Math.exp(-officeHours / OVERDUE_FIX_HOURS));
  const completed = late + poisson(rng, onTime * COMPLETE_PER_OFFICE_HOUR * officeHours);
  return {
    receivedToday: received,
    onlineToday: online,
    completedToday: completed,
    lateToday: late,
    onTime,
    overdue: overdue - late,
    overdueTodayByDepartment: departments.map(() => 0),
    onTimeRate: completed > 0 ? round1((100 * (completed - late)) / completed) : round1(rng.between(96, 99)),
    onlineRate: received > 0 ? round1((100 * online) / received) : round1(rng.between(55, 70)),
  };
}

export function stepDossiers(state: DossiersState, ctx: StepContext): void {
  const { rng, dt, local } = ctx;
  if (ctx.newDay) {
    state.receivedToday = 0;
    state.onlineToday = 0;
    state.completedToday = 0;
    state.lateToday = 0;
    state.overdueTodayByDepartment = departments.map(() => 0);
  }
  const officeHours = (officeFactor(local) * dt) / HOUR;
  const online = poisson(rng, (onlinePerHour(local) * dt) / HOUR);
  const received = online + poisson(rng, COUNTER_PER_OFFICE_HOUR * officeHours);
  const finished = thinned(rng, state.onTime, COMPLETE_PER_OFFICE_HOUR * officeHours);
  const late = thinned(rng, state.overdue, hazard(officeHours, OVERDUE_FIX_HOURS));
  const goneOverdue = thinned(rng, state.onTime - finished, (GO_OVERDUE_PER_DAY * dt) / DAY);

  state.onTime += received - finished - goneOverdue;
  state.overdue += goneOverdue - late;
  state.receivedToday += received;
  state.onlineToday += online;
  state.completedToday += finished + late;
  state.lateToday += late;
  if (state.completedToday > 0) state.onTimeRate = round1((100 * (state.completedToday - state.lateToday)) / state.completedToday);
  if (state.receivedToday > 0) state.onlineRate = round1((100 * state.onlineToday) / state.receivedToday);

  for (let i = 0; i < goneOverdue; i++) {
    const index = pickIndexByWeight(rng, departments.map((d) => d.dossierLoad));
    const count = (state.overdueTodayByDepartment[index] ?? 0) + 1;
    state.overdueTodayByDepartment[index] = count;
    const department = itemAt(departments, index);
    ctx.alerts.onEvent(
      `dossier-late:${department.id}@${local.day}`,
      lateDraft(departmentName(department, ctx.province), count, state.overdue),
    );
  }
}

/** Background alert: a reminder about a department's late dossiers today, or dossiers due today. */
export function dossierNotice(state: DossiersState, ctx: StepContext): boolean {
  const { rng, local, province } = ctx;
  const index = pickIndexByWeight(rng, departments.map((d) => d.dossierLoad));
  const department = itemAt(departments, index);
  const name = departmentName(department, province);
  const lateKey = `dossier-late:${department.id}@${local.day}`;
  if (rng.chance(0.3) && ctx.alerts.isOpen(lateKey)) {
    ctx.alerts.raise(lateKey, lateDraft(name, itemAt(state.overdueTodayByDepartment, index), state.overdue));
    return true;
  }
  const due = Math.max(1, Math.round(state.onTime * 0.004 * department.dossierLoad * rng.between(0.5, 1.5)));
  ctx.alerts.raise(null, {
    severity: 'info',
    category: 'dossier',
    title: `Hồ sơ TTHC sắp đến hạn tại ${name}`,
    description: `${due} hồ sơ đến hạn trả kết quả trong ngày.`,
    location: name,
  });
  return true;
}

export function dossierSamples(state: DossiersState, t: number): Sample[] {
  return [
    { seriesId: 'dossiers.received-today', t, v: state.receivedToday },
    { seriesId: 'dossiers.completed-today', t, v: state.completedToday },
    { seriesId: 'dossiers.late-today', t, v: state.lateToday },
    // In progress counts every unfinished dossier, overdue ones included, as the portals publish it.
    { seriesId: 'dossiers.in-progress', t, v: state.onTime + state.overdue },
    { seriesId: 'dossiers.overdue', t, v: state.overdue },
    { seriesId: 'dossiers.on-time-rate', t, v: state.onTimeRate },
    { seriesId: 'dossiers.online-rate', t, v: state.onlineRate },
  ];
}
