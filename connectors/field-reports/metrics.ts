import type { Sample, SeriesInput } from '../../common/schemas/series.js';
import { HOUR } from '../../common/time.js';
import type { FieldReport } from './field-report.js';
import { isOpen, isResolved, openStatuses, statusLabels, type OpenStatus } from './lifecycle.js';
import { HISTORY_MS } from './report-book.js';
import { startOfLocalDay } from '../../common/vn-time.js';
import type { Ward } from './ward.js';

type Spec = Omit<SeriesInput, 'source'>;

/**
 * Series ids start with `open311.<instanceId>.`: apart from the simulator's `field-reports.*`, and two
 * gateways (the province's and a city's) never write into each other's series.
 */
export function seriesIds(instanceId: string) {
  const base = `open311.${instanceId}`;
  return {
    open: (status: OpenStatus) => `${base}.open.${status}`,
    openTotal: `${base}.open-total`,
    overdue: `${base}.overdue`,
    resolvedToday: `${base}.resolved-today`,
    resolutionHours: `${base}.resolution-hours-7d`,
    onTimeRate: `${base}.on-time-rate-7d`,
    ward: (key: string) => `${base}.ward.${key}`,
  };
}

const labels = (extra: Record<string, string>) => ({ service: 'field-reports', source: 'open311', ...extra });

/** The series every instance declares at start; wards are declared as they first appear. */
export function fixedSeries(instanceId: string): Spec[] {
  const ids = seriesIds(instanceId);
  const report = { unit: 'phản ánh' };
  return [
    ...openStatuses.map((status) => ({
      ...report,
      id: ids.open(status),
      name: `Phản ánh đang mở: ${statusLabels[status].toLowerCase()}`,
      labels: labels({ status }),
    })),
    { ...report, id: ids.openTotal, name: 'Phản ánh đang mở', labels: labels({ metric: 'open-total' }) },
    { ...report, id: ids.overdue, name: 'Phản ánh quá hạn xử lý', labels: labels({ metric: 'overdue' }) },
    { ...report, id: ids.resolvedToday, name: 'Phản ánh đã xử lý xong hôm nay', labels: labels({ metric: 'resolved-today' }), period: 'today' as const },
    {
      id: ids.resolutionHours,
      name: 'Thời gian xử lý trung bình 7 ngày qua',
      unit: 'giờ',
      labels: labels({ metric: 'resolution-hours-7d' }),
    },
    { id: ids.onTimeRate, name: 'Tỷ lệ xử lý đúng hạn 7 ngày qua', unit: '%', labels: labels({ metric: 'on-time-rate-7d' }) },
  ];
}

export function wardSeries(instanceId: string, ward: Ward): Spec {
  return { id: seriesIds(instanceId).ward(ward.key), name: ward.name, unit: 'phản ánh', labels: labels({ commune: ward.key }) };
}

const oneDecimal = (v: number): number => Math.round(v * 10) / 10;

/**
 * One sample per series at `now`. Open counts include overdue reports (overdue is a second view of the same
 * reports, not a status). Counts per ward cover every ward seen so far, so a ward whose last report closed drops
 * to 0. The seven-day average and rate are left out while no report was resolved in the week: 0 would read as
 * instant or never on time.
 */
export function fieldReportSamples(instanceId: string, reports: readonly FieldReport[], wards: Iterable<Ward>, now: number): Sample[] {
  const ids = seriesIds(instanceId);
  const byStatus = new Map<OpenStatus, number>(openStatuses.map((s) => [s, 0]));
  const byWard = new Map<string, number>([...wards].map((w) => [w.key, 0]));
  const today = startOfLocalDay(now);
  let open = 0;
  let overdue = 0;
  let resolvedToday = 0;
  let resolvedInWeek = 0;
  let onTime = 0;
  let hours = 0;
  for (const r of reports) {
    if (isOpen(r.status)) {
      open += 1;
      byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      if (now > r.dueAt) overdue += 1;
      if (r.ward) byWard.set(r.ward.key, (byWard.get(r.ward.key) ?? 0) + 1);
    } else if (isResolved(r.status) && r.resolvedAt !== undefined) {
      if (r.resolvedAt >= today && r.resolvedAt <= now) resolvedToday += 1;
      if (r.resolvedAt > now - HISTORY_MS && r.resolvedAt <= now) {
        resolvedInWeek += 1;
        hours += Math.max(0, r.resolvedAt - r.requestedAt) / HOUR;
        if (r.resolvedAt <= r.dueAt) onTime += 1;
      }
    }
  }
  const at = (seriesId: string, v: number): Sample => ({ seriesId, t: now, v });
  return [
    ...openStatuses.map((s) => at(ids.open(s), byStatus.get(s) ?? 0)),
    at(ids.openTotal, open),
    at(ids.overdue, overdue),
    at(ids.resolvedToday, resolvedToday),
    ...(resolvedInWeek === 0
      ? []
      : [at(ids.resolutionHours, oneDecimal(hours / resolvedInWeek)), at(ids.onTimeRate, oneDecimal((100 * onTime) / resolvedInWeek))]),
    ...[...byWard].map(([key, count]) => at(ids.ward(key), count)),
  ];
}
