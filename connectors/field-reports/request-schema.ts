import { z } from 'zod';
import type { LifecycleStatus } from './lifecycle.js';
import { coordinate, dateTime, identifier, isAbsent, optionalDateTime, optionalText } from './open311-fields.js';
import { mapStatus } from './status-mapping.js';

export type Urgency = 'normal' | 'urgent';

/** One GeoReport v2 service request as read, before the province's SLA and the service list are applied. */
export interface Open311Request {
  id: string;
  status: LifecycleStatus;
  /** The `status` value as sent ("open", "closed" or a mySociety extended state). */
  open311Status: string;
  statusNotes?: string;
  serviceCode: string;
  serviceName?: string;
  description?: string;
  agency?: string;
  notice?: string;
  requestedAt: number;
  /** `updated_datetime`, or `requested_datetime` for a server that leaves it out. */
  updatedAt: number;
  expectedAt?: number;
  /** Only from `ioc_resolved_datetime`: Open311 itself does not say when a request was closed. */
  resolvedAt?: number;
  address?: string;
  addressId?: string;
  zipcode?: string;
  lat?: number;
  long?: number;
  mediaUrl?: string;
  priority?: Urgency;
  wardCode?: string;
  /** The POST fields of GeoReport v2 that an internal gateway may send back: personal data. */
  reporter: { firstName?: string; lastName?: string; phone?: string; email?: string };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The IOC's extension fields (docs/connectors/field-reports.md). */
const iocExtensions = ['ioc_status', 'ioc_priority', 'ioc_resolved_datetime', 'ioc_ward_code'] as const;

/**
 * mySociety servers put extra fields in `extended_attributes`
 * (github.com/mysociety/fixmystreet/wiki/Open311-FMS---Complete-Spec); the IOC fields are read there when
 * they are not at the top level.
 */
function liftExtensions(value: unknown): unknown {
  if (!isRecord(value) || !isRecord(value.extended_attributes)) return value;
  const extended = value.extended_attributes;
  const lifted = iocExtensions.filter((name) => isAbsent(value[name]) && !isAbsent(extended[name])).map((name) => [name, extended[name]]);
  return { ...value, ...Object.fromEntries(lifted) };
}

const optionalIdentifier = z.preprocess((value) => (isAbsent(value) ? undefined : value), identifier.optional());

const requestFields = z.object({
  service_request_id: identifier,
  status: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
  status_notes: optionalText,
  service_code: identifier,
  service_name: optionalText,
  description: optionalText,
  agency_responsible: optionalText,
  service_notice: optionalText,
  requested_datetime: dateTime,
  updated_datetime: optionalDateTime,
  expected_datetime: optionalDateTime,
  address: optionalText,
  address_id: optionalIdentifier,
  zipcode: optionalIdentifier,
  lat: coordinate(90),
  long: coordinate(180),
  media_url: optionalText,
  ioc_status: optionalText,
  ioc_priority: z.preprocess(
    (value) => (isAbsent(value) ? undefined : typeof value === 'string' ? value.trim().toLowerCase() : value),
    z.enum(['normal', 'urgent'], { error: 'must be "normal" or "urgent"' }).optional(),
  ),
  ioc_resolved_datetime: optionalDateTime,
  ioc_ward_code: z.preprocess(
    (value) => (isAbsent(value) ? undefined : typeof value === 'number' ? String(value).padStart(5, '0') : value),
    z.string({ error: 'must be text' }).regex(/^\d{5}$/, 'must be a 5-digit commune code (QĐ 19/2025/QĐ-TTg)').optional(),
  ),
  first_name: optionalText,
  last_name: optionalText,
  phone: optionalText,
  email: optionalText,
});

/** Checks one request and maps its status; a failure names the field and, for a status, the value. */
export const open311RequestSchema = z.preprocess(liftExtensions, requestFields).transform((r, ctx): Open311Request => {
  const mapping = mapStatus({
    status: r.status,
    ...(r.ioc_status === undefined ? {} : { iocStatus: r.ioc_status }),
    ...(r.status_notes === undefined ? {} : { statusNotes: r.status_notes }),
  });
  if (!mapping.ok) {
    ctx.addIssue({ code: 'custom', path: [mapping.field], message: mapping.reason });
    return z.NEVER;
  }
  return {
    id: r.service_request_id,
    status: mapping.status,
    open311Status: r.status,
    statusNotes: r.status_notes,
    serviceCode: r.service_code,
    serviceName: r.service_name,
    description: r.description,
    agency: r.agency_responsible,
    notice: r.service_notice,
    requestedAt: r.requested_datetime,
    updatedAt: r.updated_datetime ?? r.requested_datetime,
    expectedAt: r.expected_datetime,
    resolvedAt: r.ioc_resolved_datetime,
    address: r.address,
    addressId: r.address_id,
    zipcode: r.zipcode,
    lat: r.lat,
    long: r.long,
    mediaUrl: r.media_url,
    priority: r.ioc_priority,
    wardCode: r.ioc_ward_code,
    reporter: { firstName: r.first_name, lastName: r.last_name, phone: r.phone, email: r.email },
  };
});
