import type { DossierSummary } from '../../common/kpi/by-agency.js';
import type { Sample, SeriesInput } from '../../common/schemas/series.js';
import type { PortalConfig } from './config.js';
import { slug } from './slug.js';

type Spec = Omit<SeriesInput, 'source'>;

export interface Metric {
  key: string;
  name: string;
  unit: string;
  /** Null leaves the sample out: a rate with nothing to count is N/A, not 0 [S2c]. */
  value(s: DossierSummary): number | null;
}

/** The statistics portals publish (domain.md 1.2), counted by common/kpi with the 2.1 rules [S2c]. */
export const metrics: readonly Metric[] = [
  { key: 'received', name: 'Hồ sơ tiếp nhận', unit: 'hồ sơ', value: (s) => s.received },
  { key: 'completed', name: 'Hồ sơ đã giải quyết', unit: 'hồ sơ', value: (s) => s.completed },
  { key: 'on-time', name: 'Hồ sơ giải quyết đúng hạn', unit: 'hồ sơ', value: (s) => s.completedOnTime },
  { key: 'late', name: 'Hồ sơ giải quyết quá hạn', unit: 'hồ sơ', value: (s) => s.completedLate },
  { key: 'in-progress', name: 'Hồ sơ đang giải quyết', unit: 'hồ sơ', value: (s) => s.inProgress },
  { key: 'overdue', name: 'Hồ sơ đang giải quyết quá hạn', unit: 'hồ sơ', value: (s) => s.inProgressOverdue },
  { key: 'on-time-rate', name: 'Tỷ lệ hồ sơ đúng hạn (chỉ số 2.1)', unit: '%', value: (s) => s.onTimeRate },
  { key: 'online-rate', name: 'Tỷ lệ hồ sơ nộp trực tuyến (chỉ số 3.3)', unit: '%', value: (s) => s.onlineRate },
  { key: 'online-payment-rate', name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (chỉ số 3.6)', unit: '%', value: (s) => s.onlinePaymentRate },
  { key: 'digitisation-rate', name: 'Tỷ lệ hồ sơ số hóa (chỉ số 4.2)', unit: '%', value: (s) => s.digitisationRate },
  { key: 'processing-days', name: 'Thời gian giải quyết trung bình (chỉ số 2.2)', unit: 'ngày', value: (s) => s.averageProcessingDays },
];

const periodWords: Record<PortalConfig['period'], string> = { today: 'hôm nay', month: 'trong tháng', year: 'trong năm' };

const clip = (text: string): string => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** `portal.<instanceId>.<metric>` for the province, `…<metric>.<agency slug>` per agency. */
export function seriesId(instanceId: string, metric: string, agencyCode?: string): string {
  return `portal.${instanceId}.${metric}${agencyCode === undefined ? '' : `.${slug(agencyCode)}`}`;
}

export function provinceSeries(instanceId: string, period: PortalConfig['period'], province: string): Spec[] {
  return metrics.map((m) => ({
    id: seriesId(instanceId, m.key),
    name: clip(`${m.name} ${periodWords[period]}: toàn tỉnh`),
    unit: m.unit,
    labels: { service: 'dossiers', agency: 'all', metric: m.key, province },
    period,
  }));
}

export function agencySeries(instanceId: string, period: PortalConfig['period'], province: string, agency: { code: string; name: string }): Spec[] {
  return metrics.map((m) => ({
    id: seriesId(instanceId, m.key, agency.code),
    name: clip(`${m.name} ${periodWords[period]}: ${agency.name}`),
    unit: m.unit,
    labels: { service: 'dossiers', agency: agency.code, metric: m.key, province },
    period,
  }));
}

/** One sample per metric at `t`; `agencyCode` undefined for the province. */
export function summarySamples(instanceId: string, summary: DossierSummary, t: number, agencyCode?: string): Sample[] {
  return metrics.flatMap((m) => {
    const v = m.value(summary);
    return v === null ? [] : [{ seriesId: seriesId(instanceId, m.key, agencyCode), t, v }];
  });
}

/** An agency known from earlier in the period with nothing to count now, e.g. after the period turned. */
export const emptySummary: DossierSummary = {
  received: 0,
  completed: 0,
  completedOnTime: 0,
  completedLate: 0,
  inProgress: 0,
  inProgressOverdue: 0,
  returnedOrWithdrawn: 0,
  online: 0,
  onTimeRate: null,
  onlineRate: null,
  onlinePaymentRate: null,
  digitisationRate: null,
  averageProcessingDays: null,
};
