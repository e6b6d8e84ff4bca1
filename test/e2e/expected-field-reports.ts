import { DAY, HOUR } from '../../common/time.js';
import type { RawRequest } from '../../connectors/field-reports/fixture/seed-reports.js';

/**
 * What the wall must show of the Open311 fixture's reports, by hand from the raw service requests and the
 * rules of docs/connectors/field-reports.md with the default options: every open report counts, however long
 * ago it was received (the fixture's are all within the 365 days of openLookbackDays); a closed one is read
 * only when received in the 30 days before the first sync (GeoReport v2 dates filter on requested_datetime);
 * a report is due 72 hours after receipt, 4 when urgent.
 */

const LOOKBACK_MS = 30 * DAY;
const slaHours = { normal: 72, urgent: 4 } as const;

/** How the wall names the open statuses (domain.md §3). */
const openLabels: Record<string, string> = {
  new: 'Mới tiếp nhận',
  verified: 'Đã xác minh',
  assigned: 'Đã chuyển xử lý',
  in_progress: 'Đang xử lý',
  returned: 'Trả lại',
};

export interface OpenReport {
  id: string;
  statusLabel: string;
  serviceName: string;
  /** "Phường Thuận Hóa", from the address "12 Lê Lợi, Phường Thuận Hóa, thành phố Huế". */
  ward: string;
  dueAt: number;
}

export interface ExpectedReports {
  open: OpenReport[];
  overdue: number;
  /** Percent of the reports resolved in the last 7 days that were resolved by their due time, to 1 decimal; null with none. */
  onTimeRate7d: number | null;
}

const dueOf = (r: RawRequest): number => Date.parse(r.requested_datetime) + slaHours[r.ioc_priority] * HOUR;

export function expectedReports(fixture: readonly RawRequest[], firstSync: number, lastSync: number): ExpectedReports {
  // The query's start_date is the lookback to the second.
  const since = Math.floor((firstSync - LOOKBACK_MS) / 1000) * 1000;
  const read = fixture.filter((r) => Date.parse(r.requested_datetime) >= since);
  const open = fixture
    .filter((r) => r.status === 'open')
    .map((r) => ({ id: r.service_request_id, statusLabel: openLabels[r.ioc_status]!, serviceName: r.service_name, ward: r.address.split(', ')[1]!, dueAt: dueOf(r) }));
  const resolved = read.filter((r) => {
    const at = r.ioc_resolved_datetime === undefined ? undefined : Date.parse(r.ioc_resolved_datetime);
    return at !== undefined && at > lastSync - 7 * DAY && at <= lastSync;
  });
  const onTime = resolved.filter((r) => Date.parse(r.ioc_resolved_datetime!) <= dueOf(r)).length;
  return {
    open,
    overdue: open.filter((r) => lastSync > r.dueAt).length,
    onTimeRate7d: resolved.length === 0 ? null : Math.round(((100 * onTime) / resolved.length) * 10) / 10,
  };
}
