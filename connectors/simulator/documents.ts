import type { Sample } from '../../common/schemas/series.js';
import { HOUR } from '../../common/time.js';
import type { AlertDraft } from './alert-desk.js';
import { officeFactor, sinceMidnight } from './daily-curve.js';
import { hazard, pickIndexByWeight, poisson, thinned } from './draws.js';
import { itemAt, zip } from './lists.js';
import { departmentName, departments, type Department } from './departments.js';
import type { InitContext, StepContext } from './step-context.js';

/** Incoming documents (văn bản đến) of the document-management system: today's count and overdue stocks. */
export interface DocumentsState {
  incomingToday: number;
  /** Overdue and still unprocessed, per department (order of `departments`). */
  overdue: number[];
}

/** Incoming documents per full office hour across the departments shown: ~320 a working day. */
const INCOMING_PER_OFFICE_HOUR = 40;
/** Documents going overdue per department per full office hour, before the department's proneness. */
const OVERDUE_PER_OFFICE_HOUR = 0.4;
/** Mean office hours to clear an overdue document. */
const CLEAR_HOURS = 12;

function overdueDraft(department: Department, count: number, province: string): AlertDraft {
  const name = departmentName(department, province);
  return {
    severity: count >= 10 ? 'major' : 'minor',
    category: 'document',
    title: `Văn bản đến quá hạn tại ${name}`,
    description: `${name} có ${count} văn bản đến quá hạn xử lý.`,
    location: name,
  };
}

export function initDocuments({ rng, local }: InitContext): DocumentsState {
  return {
    incomingToday: poisson(rng, INCOMING_PER_OFFICE_HOUR * sinceMidnight(local, officeFactor)),
    overdue: departments.map((d) => poisson(rng, 5 * d.overdueProneness)),
  };
}

export function stepDocuments(state: DocumentsState, ctx: StepContext): void {
  const { rng, dt, local } = ctx;
  if (ctx.newDay) state.incomingToday = 0;
  const officeHours = (officeFactor(local) * dt) / HOUR;
  state.incomingToday += poisson(rng, INCOMING_PER_OFFICE_HOUR * officeHours);
  state.overdue = zip(departments, state.overdue).map(([department, count]) => {
    const cleared = thinned(rng, count, hazard(officeHours, CLEAR_HOURS));
    const added = poisson(rng, OVERDUE_PER_OFFICE_HOUR * department.overdueProneness * officeHours);
    const now = count - cleared + added;
    if (added > 0) ctx.alerts.onEvent(`doc-overdue:${department.id}@${local.day}`, overdueDraft(department, now, ctx.province));
    return now;
  });
}

/** Background alert: a reminder about the department with overdue documents, or an urgent document waiting. */
export function documentNotice(state: DocumentsState, ctx: StepContext): boolean {
  const { rng, local, province } = ctx;
  if (rng.chance(0.3) && state.overdue.some((n) => n > 0)) {
    const index = pickIndexByWeight(rng, state.overdue);
    const department = itemAt(departments, index);
    ctx.alerts.raise(`doc-overdue:${department.id}@${local.day}`, overdueDraft(department, itemAt(state.overdue, index), province));
    return true;
  }
  const department = itemAt(departments, pickIndexByWeight(rng, departments.map((d) => d.documentLoad)));
  const name = departmentName(department, province);
  ctx.alerts.raise(null, {
    severity: 'info',
    category: 'document',
    title: `Văn bản hỏa tốc chờ xử lý tại ${name}`,
    description: `Văn bản đến có độ khẩn "Hỏa tốc" chưa được phân công xử lý.`,
    location: name,
  });
  return true;
}

export function documentSamples(state: DocumentsState, t: number): Sample[] {
  return [
    ...zip(departments, state.overdue).map(([d, v]) => ({ seriesId: `documents.overdue.${d.id}`, t, v })),
    { seriesId: 'documents.incoming-today', t, v: state.incomingToday },
    { seriesId: 'documents.overdue-total', t, v: state.overdue.reduce((sum, v) => sum + v, 0) },
  ];
}
