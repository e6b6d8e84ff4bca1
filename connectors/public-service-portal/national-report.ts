import { ratio } from '../../common/kpi/ratio.js';
import type { Sample, SeriesInput } from '../../common/schemas/series.js';
import { createHttpClient } from '../sdk/http/http-client.js';
import { sourceConnection } from '../sdk/http/source-connection.js';
import { redactUrl } from '../sdk/http/redact-url.js';
import { validateRecords } from '../sdk/http/validate-records.js';
import type { ConnectorContext } from '../sdk/types.js';
import type { HttpTuning } from './adapter-client.js';
import { scoreGroups, type PortalConfig, type ReportEndpoint, type ScoreGroup } from './config.js';
import { describeFailure } from './health.js';
import { localYearMonth, periodAt, toIsoVn } from './local-time.js';
import { departmentRowSchema, reportResponseSchema, type DepartmentRow } from './report-schema.js';

/** The group each tree endpoint scores (domain.md 1.3, 1.4); service-results gives all of them. */
export const endpointGroup: Record<ReportEndpoint, ScoreGroup | 'total'> = {
  'service-results': 'total',
  transparency: 'CKMB',
  'dvc-progress-tree': 'TDGQ',
  'provide-online-tree': 'CLGQ',
  'formality-online-payment-tree': 'TTTT',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
};

/** DVCQG is a public site that bans clients that burst; one request every 2 s is polite (domain.md 1.4). */
export const REPORT_RATE = { requests: 1, perMs: 2000 };

export interface RankedRow {
  rank: number;
  departmentCode?: string;
  departmentName?: string;
  totalScore?: number;
  scoreDelta?: number;
  groupScores?: Partial<Record<ScoreGroup, number>>;
  metrics?: { code: string; name?: string; ratio?: number; score?: number; maxScore?: number }[];
}

export interface ParsedReport {
  /** The province's own row: the overview when asked by rootDepartmentId, else its line of the list. */
  province?: DepartmentRow;
  /** By totalScore, highest first; equal scores share a rank. */
  ranking: RankedRow[];
}

const clean = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o, (_k, v: unknown) => (v === null ? undefined : v))) as T;

/** Reads one evaluation answer; rows that do not fit are skipped and reported. */
export function parseReport(
  answer: { data?: { overview?: unknown; parent?: unknown; evaluation?: unknown[]; children?: unknown[] } | null | undefined },
  options: Pick<PortalConfig, 'departmentCode' | 'rootDepartmentId'>,
  onReject: (index: number, reason: string) => void,
): ParsedReport {
  const head = departmentRowSchema.safeParse(answer.data?.overview ?? answer.data?.parent);
  const rows = validateRecords(answer.data?.evaluation ?? answer.data?.children ?? [], departmentRowSchema, onReject);
  const sorted = [...rows].sort((a, b) => (b.totalScore ?? -Infinity) - (a.totalScore ?? -Infinity));
  const ranking = sorted.map((row) => {
    const rank = 1 + sorted.filter((other) => (other.totalScore ?? -Infinity) > (row.totalScore ?? -Infinity)).length;
    const { departmentId: _id, totalMaxScore: _max, ratio: _ratio, ...kept } = row;
    return clean({ rank, ...kept }) as RankedRow;
  });
  const own = (row: DepartmentRow | undefined) => row !== undefined && row.departmentCode === options.departmentCode;
  const headRow = head.success ? head.data : undefined;
  const province = options.rootDepartmentId !== undefined || own(headRow) ? headRow : rows.find(own);
  return { ...(province ? { province } : {}), ranking };
}

type Spec = Omit<SeriesInput, 'source'>;

/** The statistics DVCQG publishes for the province (domain.md 1.2), as series beside the scores. */
const published: { key: string; name: string; unit: string; value(p: DepartmentRow): number | null | undefined }[] = [
  { key: 'received', name: 'Hồ sơ tiếp nhận (theo Cổng DVCQG)', unit: 'hồ sơ', value: (p) => p.totalReceived },
  { key: 'completed', name: 'Hồ sơ đã giải quyết (theo Cổng DVCQG)', unit: 'hồ sơ', value: (p) => p.totalCompleted },
  { key: 'on-time-rate', name: 'Tỷ lệ hồ sơ đúng hạn (theo Cổng DVCQG)', unit: '%', value: (p) => p.ratio },
  { key: 'processing-days', name: 'Thời gian giải quyết trung bình (theo Cổng DVCQG)', unit: 'ngày', value: (p) => p.avgProcessingDays },
  {
    key: 'online-rate',
    name: 'Tỷ lệ hồ sơ trực tuyến (theo Cổng DVCQG)',
    unit: '%',
    value: (p) => (p.channelOnlineSum == null || p.channelTotalSum == null ? undefined : ratio(p.channelOnlineSum, p.channelTotalSum).rate),
  },
  {
    key: 'online-payment-rate',
    name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (theo Cổng DVCQG)',
    unit: '%',
    value: (p) =>
      p.totalDossierOnlinePaymentSuccess == null || p.totalDossierFinancialObligation == null
        ? undefined
        : ratio(p.totalDossierOnlinePaymentSuccess, p.totalDossierFinancialObligation).rate,
  },
];

/** The period DVCQG ranks by: the month or the year ("today" asks for the month). */
const rankedPeriod = (period: PortalConfig['period']): 'month' | 'year' => (period === 'year' ? 'year' : 'month');

export function scoreSeries(instanceId: string, province: string, period: PortalConfig['period']): Spec[] {
  const labels = (metric: string) => ({ service: 'dossiers', agency: 'all', metric, province });
  const ranked = rankedPeriod(period);
  return [
    { id: `portal.${instanceId}.score.total`, name: 'Điểm Bộ chỉ số 766 của tỉnh', unit: 'điểm', labels: labels('score-total'), period: ranked },
    ...scoreGroups.map((g) => ({
      id: `portal.${instanceId}.score.${g.toLowerCase()}`,
      name: `Điểm nhóm ${g} (Bộ chỉ số 766)`,
      unit: 'điểm',
      labels: labels(`score-${g.toLowerCase()}`),
      period: ranked,
    })),
    { id: `portal.${instanceId}.rank`, name: 'Xếp hạng Bộ chỉ số 766 của tỉnh', unit: 'hạng', labels: labels('rank'), period: ranked },
    ...published.map((m) => ({
      id: `portal.${instanceId}.reported.${m.key}`,
      name: m.name,
      unit: m.unit,
      labels: labels(`reported-${m.key}`),
      period: ranked,
    })),
  ];
}

export interface NationalReport {
  poll(): Promise<void>;
}

/**
 * The DVCQG public ranking (domain.md 1.4): opt-in, one POST per configured endpoint per poll, at most one
 * every 2 s. The scores DVCQG returns are the authority (domain.md 1.3); nothing is recomputed here.
 */
export function createNationalReport(ctx: ConnectorContext<PortalConfig>, tuning: HttpTuning = {}): NationalReport {
  const options = ctx.options;
  const http = createHttpClient({ ...tuning, ...sourceConnection(options, REPORT_RATE), baseUrl: options.baseUrl, signal: ctx.signal });
  const base = options.baseUrl.replace(/\/+$/, '');
  ctx.declareSeries(scoreSeries(ctx.instanceId, options.province, options.period));

  function body(endpoint: ReportEndpoint, now: number): Record<string, unknown> {
    const { year, month } = localYearMonth(now);
    // The portal ranks by month or year (⚠ "month" is inferred from timeType); a daily wall uses the month.
    const timeType = rankedPeriod(options.period);
    const scope = options.rootDepartmentId === undefined
      ? { departmentType: 'ADMINISTRATIVE_UNIT' }
      : { rootDepartmentId: options.rootDepartmentId, currentPage: 1, pageSize: 100 };
    if (endpoint === 'handling-satisfaction') {
      const period = periodAt(timeType, now);
      return { fromDate: toIsoVn(period.from).slice(0, 10), toDate: toIsoVn(period.to - 1).slice(0, 10), ...scope };
    }
    return { timeType, year, ...(timeType === 'month' ? { month } : {}), ...scope };
  }

  function emit(endpoint: ReportEndpoint, report: ParsedReport, now: number): void {
    const { year, month } = localYearMonth(now);
    const key = options.period === 'year' ? `${year}` : `${year}-${String(month).padStart(2, '0')}`;
    ctx.upsertRecords([
      { kind: 'portal-ranking', id: `${endpoint}:${key}`, updatedAt: now, data: { endpoint, group: endpointGroup[endpoint], period: key, rows: report.ranking } },
    ]);
    const p = report.province;
    if (endpointGroup[endpoint] !== 'total' || !p) return;
    const samples: Sample[] = [];
    const at = (id: string, v: number | null | undefined) => {
      if (typeof v === 'number' && Number.isFinite(v)) samples.push({ seriesId: `portal.${ctx.instanceId}.${id}`, t: now, v });
    };
    at('score.total', p.totalScore);
    for (const g of scoreGroups) at(`score.${g.toLowerCase()}`, p.groupScores?.[g]);
    at('rank', report.ranking.find((r) => r.departmentCode === p.departmentCode)?.rank);
    for (const m of published) at(`reported.${m.key}`, m.value(p));
    ctx.emitSamples(samples);
  }

  return {
    async poll() {
      const now = ctx.now();
      const problems: { state: 'degraded' | 'down'; message: string }[] = [];
      let latencyMs = 0;
      for (const endpoint of options.endpoints) {
        if (ctx.signal.aborted) return;
        const path = `api/v1/reporting/evaluation/${endpoint}`;
        const where = `POST ${redactUrl(`${base}/${path}`)}`;
        try {
          const started = performance.now();
          const answer = await http.postJson(path, body(endpoint, now), reportResponseSchema);
          latencyMs = Math.max(latencyMs, performance.now() - started);
          if (answer.code !== 'OK') throw new Error(`${where} answered code ${JSON.stringify(answer.code)}${answer.message ? `: ${answer.message}` : ''}`);
          const rejected: string[] = [];
          const report = parseReport(answer, options, (index, reason) => rejected.push(`[${index}] ${reason.replaceAll('\n', '; ')}`));
          emit(endpoint, report, now);
          if (rejected.length > 0) problems.push({ state: 'degraded', message: `${where} sent ${rejected.length} malformed row(s), skipped: ${rejected.slice(0, 3).join(' | ')}` });
          if (endpointGroup[endpoint] === 'total' && !report.province) {
            problems.push({ state: 'degraded', message: `${where}: no row for ${options.departmentCode ?? options.rootDepartmentId ?? 'the province'} in the answer` });
          }
        } catch (error) {
          if (ctx.signal.aborted) return;
          problems.push(describeFailure(error));
        }
      }
      for (const p of problems) ctx.log[p.state === 'down' ? 'error' : 'warn']('national report failed', { ...p });
      const state = problems.some((p) => p.state === 'down') ? 'down' : problems.length > 0 ? 'degraded' : 'ok';
      const message = problems.length > 0 ? problems.map((p) => p.message).join(' | ') : `${options.endpoints.length} evaluation(s) read`;
      ctx.reportHealth(state, message, { latencyMs: Math.round(latencyMs) });
    },
  };
}
