import type { Sample, SeriesInput } from '../../common/schemas/series.js';
import type { Department } from './department.js';
import { isClosed, isLate, isOverdue, type Doc } from './document.js';
import { startOfLocalDay } from '../../common/vn-time.js';

type Spec = Omit<SeriesInput, 'source'>;

export const metricNames = ['received', 'issued', 'in-progress', 'overdue', 'done-on-time', 'done-late', 'electronic-share'] as const;
export type MetricName = (typeof metricNames)[number];

/** "Trong ngày" metrics count the local day so far; the others read the documents as they stand. */
const metricLabels: Record<MetricName, { name: string; unit: string; period?: 'today' }> = {
  received: { name: 'Văn bản đến trong ngày', unit: 'văn bản', period: 'today' },
  issued: { name: 'Văn bản đi trong ngày', unit: 'văn bản', period: 'today' },
  'in-progress': { name: 'Văn bản đang xử lý', unit: 'văn bản' },
  overdue: { name: 'Văn bản quá hạn xử lý', unit: 'văn bản' },
  'done-on-time': { name: 'Văn bản hoàn thành đúng hạn trong ngày', unit: 'văn bản', period: 'today' },
  'done-late': { name: 'Văn bản hoàn thành trễ hạn trong ngày', unit: 'văn bản', period: 'today' },
  'electronic-share': { name: 'Tỷ lệ văn bản xử lý hoàn toàn điện tử trong ngày', unit: '%', period: 'today' },
};

/** `docs.<instanceId>.<metric>` for the province, `docs.<instanceId>.<metric>.<department slug>` for one department. */
export const seriesId = (instanceId: string, metric: MetricName, department?: Department): string =>
  `docs.${instanceId}.${metric}${department ? `.${department.slug}` : ''}`;

/** The series of the province, or of one department when given; departments are declared as they first appear. */
export function seriesSpecs(instanceId: string, department?: Department): Spec[] {
  return metricNames.map((metric) => ({
    id: seriesId(instanceId, metric, department),
    name: department ? `${metricLabels[metric].name}: ${department.name}` : metricLabels[metric].name,
    unit: metricLabels[metric].unit,
    labels: { service: 'documents', metric, ...(department ? { department: department.slug } : {}) },
    ...(metricLabels[metric].period ? { period: metricLabels[metric].period } : {}),
  }));
}

export type Counts = Record<MetricName, number | undefined>;

/**
 * The seven metrics of domain.md §2.1 over `docs` at `now`. Received counts incoming documents by their received
 * time, issued counts outgoing ones by their signing time; done on time and late count documents finished
 * today (late: completedAt > deadline). Overdue is now > deadline and not closed: besides done, a refused or
 * withdrawn document needs no more work. The electronic share is the part of today's received and issued
 * documents handled electronically from end to end; undefined when nothing came in or went out today, since
 * 0 % would read as all on paper.
 */
export function countDocs(docs: readonly Doc[], now: number): Counts {
  const today = startOfLocalDay(now);
  const inToday = (t: number | undefined) => t !== undefined && t >= today && t <= now;
  let received = 0;
  let issued = 0;
  let open = 0;
  let overdue = 0;
  let onTime = 0;
  let late = 0;
  let electronic = 0;
  for (const d of docs) {
    const moved = d.direction === 'incoming' ? inToday(d.receivedAt) : inToday(d.signedAt);
    if (moved && d.direction === 'incoming') received += 1;
    if (moved && d.direction === 'outgoing') issued += 1;
    if (moved && d.electronic) electronic += 1;
    if (!isClosed(d.status)) open += 1;
    if (isOverdue(d, now)) overdue += 1;
    if (d.status === 'done' && inToday(d.completedAt)) {
      if (isLate(d)) late += 1;
      else onTime += 1;
    }
  }
  const moved = received + issued;
  return {
    received,
    issued,
    'in-progress': open,
    overdue,
    'done-on-time': onTime,
    'done-late': late,
    'electronic-share': moved === 0 ? undefined : Math.round((1000 * electronic) / moved) / 10,
  };
}

/** Samples for the province and every department seen so far, so a department whose last document closed drops to 0. */
export function documentSamples(instanceId: string, docs: readonly Doc[], departments: Iterable<Department>, now: number): Sample[] {
  const toSamples = (counts: Counts, department?: Department): Sample[] =>
    metricNames.flatMap((metric) => {
      const v = counts[metric];
      return v === undefined ? [] : [{ seriesId: seriesId(instanceId, metric, department), t: now, v }];
    });
  return [
    ...toSamples(countDocs(docs, now)),
    ...[...departments].flatMap((dep) => toSamples(countDocs(docs.filter((d) => d.department.slug === dep.slug), now), dep)),
  ];
}
