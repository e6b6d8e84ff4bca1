import type { SeriesInput } from '../../common/schemas/series.js';
import { departmentName, departments } from './departments.js';
import { reportStages, type ReportStage } from './report-categories.js';
import { communes, corridors, stations } from './places.js';

/** The host fills in `source` with the instance id. */
type Spec = Omit<SeriesInput, 'source'>;

const stageNames: Record<ReportStage | 'resolved-today' | 'overdue', string> = {
  new: 'Phản ánh mới tiếp nhận',
  verified: 'Phản ánh đã xác minh',
  assigned: 'Phản ánh đã chuyển xử lý',
  'in-progress': 'Phản ánh đang xử lý',
  'resolved-today': 'Phản ánh đã xử lý xong hôm nay',
  overdue: 'Phản ánh quá hạn xử lý',
};

/** Counted from local midnight, as their names say ("hôm nay"). */
const today = { period: 'today' as const };
const dailyDossierMetrics: ReadonlySet<string> = new Set(['received-today', 'completed-today', 'late-today', 'on-time-rate', 'online-rate']);

function specs(province: string): Spec[] {
  const report = { unit: 'phản ánh' };
  return [
    ...[...reportStages, 'resolved-today' as const, 'overdue' as const].map((status) => ({
      ...report,
      id: `field-reports.status.${status}`,
      name: stageNames[status],
      labels: { service: 'field-reports', status },
      ...(status === 'resolved-today' ? today : {}),
    })),
    ...communes.map((c) => ({
      ...report,
      id: `field-reports.commune.${c.id}`,
      name: c.name,
      labels: { service: 'field-reports', commune: c.id },
    })),
    ...corridors.map((c) => ({
      id: `traffic.congestion.${c.id}`,
      name: c.name,
      unit: '%',
      labels: { service: 'traffic', corridor: c.id },
    })),
    { id: 'traffic.congestion.average', name: 'Chỉ số ùn tắc trung bình', unit: '%', labels: { service: 'traffic', aggregate: 'average' } },
    ...(
      [
        ['received-today', 'Hồ sơ TTHC tiếp nhận hôm nay', 'hồ sơ'],
        ['completed-today', 'Hồ sơ TTHC giải quyết xong hôm nay', 'hồ sơ'],
        ['late-today', 'Hồ sơ TTHC giải quyết trễ hạn hôm nay', 'hồ sơ'],
        ['in-progress', 'Hồ sơ TTHC đang giải quyết', 'hồ sơ'],
        ['overdue', 'Hồ sơ TTHC đang giải quyết quá hạn', 'hồ sơ'],
        ['on-time-rate', 'Tỷ lệ hồ sơ giải quyết đúng hạn hôm nay', '%'],
        ['online-rate', 'Tỷ lệ hồ sơ nộp trực tuyến hôm nay', '%'],
      ] as const
    ).map(([metric, name, unit]) => ({
      id: `dossiers.${metric}`,
      name,
      unit,
      labels: { service: 'dossiers', metric },
      ...(dailyDossierMetrics.has(metric) ? today : {}),
    })),
    ...departments.map((d) => ({
      id: `documents.overdue.${d.id}`,
      name: departmentName(d, province),
      unit: 'văn bản',
      labels: { service: 'documents', department: d.id },
    })),
    { id: 'documents.incoming-today', name: 'Văn bản đến hôm nay', unit: 'văn bản', labels: { service: 'documents', metric: 'incoming-today' }, ...today },
    { id: 'documents.overdue-total', name: 'Văn bản đến quá hạn xử lý', unit: 'văn bản', labels: { service: 'documents', metric: 'overdue-total' } },
    ...stations.map((s) => ({ id: `aqi.vn-aqi.${s.id}`, name: s.name, unit: 'VN_AQI', labels: { service: 'aqi', station: s.id } })),
    { id: 'security.incidents-today', name: 'Vụ việc an ninh trật tự hôm nay', unit: 'vụ', labels: { service: 'security' }, ...today },
    { id: 'infosec.events-hour', name: 'Sự kiện an toàn thông tin trong 1 giờ qua', unit: 'sự kiện', labels: { service: 'infosec' } },
  ];
}

/** The series one simulator instance declares; every one gets a sample at start and at each step. */
export function simulatorSeries(province: string): Spec[] {
  return specs(province).map((spec) => ({ ...spec, labels: { ...spec.labels, province } }));
}
