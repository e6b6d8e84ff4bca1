import { isOpen, lifecycleStatuses, statusLabels, type LifecycleStatus } from './lifecycle.js';

interface Open311Status {
  /** Open311's own split: "open" while handled, "closed" after. */
  open: boolean;
  /** The life-cycle status the value itself implies, when it says more than open or closed. */
  implies?: LifecycleStatus;
}

/**
 * Values of the Open311 `status` field: GeoReport v2 has only "open" and "closed" (wiki.open311.org/GeoReport_v2);
 * the rest are mySociety's extended states (mysociety/open311-adapter,
 * perllib/Open311/Endpoint/Service/Role/ExtendedStatus.pm), which some gateways send in the same field.
 */
export const open311Statuses: Readonly<Record<string, Open311Status>> = {
  open: { open: true },
  for_triage: { open: true, implies: 'new' },
  investigating: { open: true, implies: 'verified' },
  action_scheduled: { open: true, implies: 'assigned' },
  planned: { open: true, implies: 'assigned' },
  in_progress: { open: true, implies: 'in_progress' },
  // Passed to another team inside the authority: what Hue-S calls returned and re-routed.
  internal_referral: { open: true, implies: 'returned' },
  closed: { open: false },
  fixed: { open: false, implies: 'resolved' },
  duplicate: { open: false, implies: 'rejected' },
  not_councils_responsibility: { open: false, implies: 'rejected' },
  cancelled: { open: false, implies: 'rejected' },
  // Closed without a fix: the nearest Hue-S status is rejected, and it must not count as resolved.
  no_further_action: { open: false, implies: 'rejected' },
};

/**
 * Status notes that start with one of these (then end, or go on after ":", "-", "." or ","), as a Vietnamese
 * gateway writes them: "Đang xử lý: đã giao Công ty Môi trường". The wall's own labels and the life-cycle ids are
 * accepted too.
 * Longer labels come first so that "đã xử lý xong" is not read as a shorter one.
 */
const noteLabels: readonly (readonly [string, LifecycleStatus])[] = (
  [
    ['mới tiếp nhận', 'new'],
    ['đã tiếp nhận', 'new'],
    ['đã xác minh', 'verified'],
    ['từ chối', 'rejected'],
    ['không tiếp nhận', 'rejected'],
    ['đã chuyển xử lý', 'assigned'],
    ['đã chuyển đơn vị xử lý', 'assigned'],
    ['đã giao xử lý', 'assigned'],
    ['đang xử lý', 'in_progress'],
    ['trả lại', 'returned'],
    ['chuyển lại', 'returned'],
    ['đã xử lý xong', 'resolved'],
    ['đã xử lý', 'resolved'],
    ['hoàn thành', 'resolved'],
    ['đã công khai', 'published'],
    ['đã đánh giá', 'rated'],
    ...lifecycleStatuses.map((s) => [statusLabels[s].toLowerCase(), s] as const),
    ...lifecycleStatuses.map((s) => [s.replace('_', ' '), s] as const),
    ...lifecycleStatuses.map((s) => [s, s] as const),
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

export interface StatusInput {
  status: string;
  /** The IOC extension field; the most precise source when present. */
  iocStatus?: string;
  statusNotes?: string;
}

export type StatusMapping =
  | { ok: true; status: LifecycleStatus }
  | { ok: false; field: 'status' | 'ioc_status'; reason: string };

const key = (value: string): string => value.normalize('NFC').trim().toLowerCase();
const quoted = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

function fromNotes(notes: string): LifecycleStatus | undefined {
  const text = key(notes);
  for (const [label, status] of noteLabels) {
    if (text === label || (text.startsWith(label) && /^\s*[:\-.,]/u.test(text.slice(label.length)))) return status;
  }
  return undefined;
}

/**
 * The Hue-S status of an Open311 request. An `ioc_status` wins, then a status that implies more than
 * open/closed, then a label at the start of `status_notes`; otherwise open reads as new and closed as resolved.
 * An unknown value, or an `ioc_status` on the wrong side of open/closed, is refused: guessing would put
 * reports in the wrong column of the wall.
 */
export function mapStatus(input: StatusInput): StatusMapping {
  const code = key(input.status);
  const known = Object.hasOwn(open311Statuses, code) ? open311Statuses[code] : undefined;
  if (!known) {
    const expected = Object.keys(open311Statuses).join(', ');
    return { ok: false, field: 'status', reason: `unknown status ${quoted(input.status)}; expected one of ${expected}` };
  }
  if (input.iocStatus !== undefined) {
    const fine = key(input.iocStatus).replace('-', '_');
    const status = lifecycleStatuses.find((s) => s === fine);
    if (!status) {
      const reason = `unknown ioc_status ${quoted(input.iocStatus)}; expected one of ${lifecycleStatuses.join(', ')}`;
      return { ok: false, field: 'ioc_status', reason };
    }
    if (isOpen(status) !== known.open) {
      return { ok: false, field: 'ioc_status', reason: `ioc_status "${status}" contradicts status ${quoted(input.status)}` };
    }
    return { ok: true, status };
  }
  if (known.implies) return { ok: true, status: known.implies };
  // Notes are free text: a label on the wrong side of open/closed is ignored rather than refused.
  const noted = input.statusNotes === undefined ? undefined : fromNotes(input.statusNotes);
  if (noted && isOpen(noted) === known.open) return { ok: true, status: noted };
  return { ok: true, status: known.open ? 'new' : 'resolved' };
}
