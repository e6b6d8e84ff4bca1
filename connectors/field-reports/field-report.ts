import type { FieldReportsConfig } from './config.js';
import { isOpen, statusLabels, type LifecycleStatus } from './lifecycle.js';
import type { Open311Request, Urgency } from './request-schema.js';
import type { Open311Service } from './service-schema.js';
import { dueAt, slaHours, urgencyOf } from './sla.js';
import { wardOf, type Ward } from './ward.js';

/**
 * The reporter's identity: personal data (Nghị định 13/2023/NĐ-CP), and on Hue-S hidden even from the units that
 * handle the report (domain.md §3). Kept apart so the wall can mask it as a whole; it never goes into alerts,
 * metrics or logs.
 */
export interface PersonalData {
  name?: string;
  phone?: string;
  email?: string;
}

/** A field report as stored (`kind: "field-report"`); times are epoch milliseconds. */
export interface FieldReport {
  id: string;
  status: LifecycleStatus;
  statusLabel: string;
  open311Status: string;
  statusNotes?: string;
  serviceCode: string;
  serviceName: string;
  serviceGroup?: string;
  urgency: Urgency;
  description?: string;
  agency?: string;
  notice?: string;
  address?: string;
  ward?: Ward;
  lat?: number;
  long?: number;
  mediaUrl?: string;
  requestedAt: number;
  updatedAt: number;
  expectedAt?: number;
  /** When it was resolved; undefined while open and for a rejected report. */
  resolvedAt?: number;
  slaHours: number;
  dueAt: number;
  /** Open and past its due time when the record was written. */
  overdue: boolean;
  personal: PersonalData;
}

export type ReportRules = Pick<FieldReportsConfig, 'sla' | 'urgentServices'>;

/** Records are JSON documents: keys whose value is undefined are left out rather than stored empty. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Vietnamese names put the family name first: last_name "Nguyễn", first_name "Văn An" → "Nguyễn Văn An". */
function fullName(first: string | undefined, last: string | undefined): string | undefined {
  const name = [last, first].filter((part) => part !== undefined).join(' ');
  return name === '' ? undefined : name;
}

export function toFieldReport(
  request: Open311Request,
  services: ReadonlyMap<string, Open311Service>,
  rules: ReportRules,
  now: number,
): FieldReport {
  const service = services.get(request.serviceCode);
  const urgency = urgencyOf(request.priority, request.serviceCode, rules.urgentServices);
  const hours = slaHours(rules.sla, request.serviceCode, urgency);
  const due = dueAt(request.requestedAt, hours);
  const ward = wardOf(defined({ address: request.address, wardCode: request.wardCode }));
  return defined({
    id: request.id,
    status: request.status,
    statusLabel: statusLabels[request.status],
    open311Status: request.open311Status,
    statusNotes: request.statusNotes,
    serviceCode: request.serviceCode,
    serviceName: request.serviceName ?? service?.name ?? request.serviceCode,
    serviceGroup: service?.group,
    urgency,
    description: request.description,
    agency: request.agency,
    notice: request.notice,
    address: request.address,
    ward: ward && defined(ward),
    lat: request.lat,
    long: request.long,
    mediaUrl: request.mediaUrl,
    requestedAt: request.requestedAt,
    updatedAt: request.updatedAt,
    expectedAt: request.expectedAt,
    resolvedAt: request.resolvedAt,
    slaHours: hours,
    dueAt: due,
    overdue: isOpen(request.status) && now > due,
    personal: defined({
      name: fullName(request.reporter.firstName, request.reporter.lastName),
      phone: request.reporter.phone,
      email: request.reporter.email,
    }),
  });
}
