import { HOUR } from '../../common/time.js';
import type { SlaConfig } from './config.js';
import type { Urgency } from './request-schema.js';

/**
 * A report's urgency: what the report itself says (`ioc_priority`, set by the IOC when it picks the immediate
 * workflow, domain.md §3), else whether its category is listed as urgent.
 */
export function urgencyOf(priority: Urgency | undefined, serviceCode: string, urgentServices: readonly string[]): Urgency {
  return priority ?? (urgentServices.includes(serviceCode) ? 'urgent' : 'normal');
}

/** Hours allowed for a category and urgency; a category without its own entry uses the default. */
export function slaHours(sla: SlaConfig, serviceCode: string, urgency: Urgency): number {
  const pair = Object.hasOwn(sla.byService, serviceCode) ? sla.byService[serviceCode] : undefined;
  return (pair ?? sla.default)[urgency];
}

/**
 * Calendar hours from receipt. Hue-S counts some deadlines in working hours, but its calendar of holidays is
 * not published; a province that needs it sets the hours accordingly.
 */
export function dueAt(requestedAt: number, hours: number): number {
  return requestedAt + Math.round(hours * HOUR);
}
