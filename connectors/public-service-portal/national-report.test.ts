import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeContext } from '../sdk/fake-context.js';
import { portalConfigSchema } from './config.js';
import type { PortalFixture } from './fixture/server.js';
import { createNationalReport, parseReport } from './national-report.js';
import { provinces, seedRanking } from './fixture/ranking.js';
import { createClock, fastHttp, lastSamples, startFixture, type Clock } from './test-kit.js';

/** A service-results answer shaped like DVCQG's (domain.md 1.4), rows out of order, one broken. */
const answer = {
  code: 'OK',
  data: {
    overview: { departmentCode: 'VN', departmentName: 'Toàn quốc', totalScore: 0, totalMaxScore: 100, metrics: [] },
    evaluation: [
      { departmentId: 11, departmentCode: 'H15', departmentName: 'Tỉnh Đắk Lắk', totalScore: 84.5, scoreDelta: -1.2, childGroup: 'PROVINCE', groupScores: { CKMB: 17, TDGQ: 18.5, CLGQ: 9, TTTT: 8, MDHL: 16, MDSH: 16 } },
      { departmentId: 12, departmentCode: 'H46', departmentName: 'Thành phố Huế', totalScore: 91.25, scoreDelta: 0.75, groupScores: { CKMB: 18, TDGQ: 19.5, CLGQ: 10.25, TTTT: 9, MDHL: 17, MDSH: 17.5 } },
      { departmentId: 13, departmentCode: 'H26', departmentName: 'Thành phố Hà Nội', totalScore: 84.5, scoreDelta: null, groupScores: { CKMB: 16 } },
      { departmentId: 14, departmentCode: 'H99', totalScore: 'cao' },
    ],
  },
};

describe('the fixture ranking', () => {
  it('lists the 34 provinces of QĐ 19/2025 with DVCQG codes apart from the GSO codes but Huế\'s, Lâm Đồng as its 2025 snapshot', () => {
    const rows = seedRanking(20251);
    expect(provinces.map((p) => p.gso)).toEqual(
      '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96'.split(' '),
    );
    expect(new Set(rows.map((r) => r.departmentCode)).size).toBe(34);
    // One code for Huế, its dossiers' and madonvi's; every other province's DVCQG code differs from its GSO code.
    expect(provinces.find((p) => p.gso === '46')?.code).toBe('H46');
    for (const p of provinces.filter((x) => x.gso !== '46')) expect(p.code, p.name).not.toBe(`H${p.gso}`);
    expect(provinces.find((p) => p.code === 'H26')?.name).toBe('Thành phố Hà Nội');
    expect(provinces.find((p) => p.code === 'H15')?.gso).toBe('66');
    const lamDong = rows.find((r) => r.departmentName === 'Tỉnh Lâm Đồng');
    expect(lamDong).toMatchObject({ totalScore: 90.09, ratio: 97.28 });
    for (const r of rows) {
      const groups = Object.values(r.groupScores).reduce((a, b) => a + b, 0);
      expect(r.totalScore, r.departmentName).toBeCloseTo(groups, 6);
      expect(r.totalScore).toBeLessThanOrEqual(100);
    }
    expect(seedRanking(20251)).toEqual(rows);
  });
});

describe('parseReport', () => {
  it('ranks by score, shares ties, finds the province by its DVCQG code and reports bad rows', () => {
    const rejected: string[] = [];
    const report = parseReport(answer, { departmentCode: 'H46' }, (i, reason) => rejected.push(`[${i}] ${reason}`));
    expect(report.province).toMatchObject({ departmentCode: 'H46', totalScore: 91.25, groupScores: { MDSH: 17.5 } });
    expect(report.ranking.map((r) => [r.rank, r.departmentCode])).toEqual([[1, 'H46'], [2, 'H15'], [2, 'H26']]);
    expect(report.ranking[2]).not.toHaveProperty('scoreDelta');
    expect(rejected).toEqual(['[3] totalScore: Invalid input: expected number, received string']);
  });

  it('takes the overview as the province when asked by rootDepartmentId', () => {
    const report = parseReport({ data: { parent: { departmentCode: 'H46', totalScore: 91.25 }, children: [] } }, { rootDepartmentId: 'dept-1002' }, () => undefined);
    expect(report.province?.totalScore).toBe(91.25);
  });
});

describe('national report against the fixture', () => {
  let clock: Clock;
  let fixture: PortalFixture;
  beforeEach(async () => {
    clock = createClock();
    fixture = await startFixture(clock);
  });
  afterEach(() => fixture.stop());

  it('emits the scores and ranking, one request per endpoint, at most one every 2 s', async () => {
    const options = portalConfigSchema.parse({
      mode: 'national-report',
      baseUrl: fixture.url,
      departmentCode: 'H46',
      endpoints: ['service-results', 'transparency', 'handling-satisfaction'],
    });
    const ctx = createFakeContext(options, { now: clock.now, instanceId: 'dvcqg' });
    // A virtual clock for the rate limiter: waits are recorded, not slept.
    let virtual = 0;
    const waits: number[] = [];
    const tuning = { ...fastHttp, now: () => virtual, sleep: async (ms: number) => void (waits.push(ms), (virtual += ms)) };
    await createNationalReport(ctx, tuning).poll();

    const bodies = fixture.received.map((r) => [r.path, r.body]);
    expect(bodies).toEqual([
      ['/api/v1/reporting/evaluation/service-results', { timeType: 'month', year: 2025, month: 6, departmentType: 'ADMINISTRATIVE_UNIT' }],
      ['/api/v1/reporting/evaluation/transparency', { timeType: 'month', year: 2025, month: 6, departmentType: 'ADMINISTRATIVE_UNIT' }],
      ['/api/v1/reporting/evaluation/handling-satisfaction', { fromDate: '2025-06-01', toDate: '2025-06-30', departmentType: 'ADMINISTRATIVE_UNIT' }],
    ]);
    expect(waits).toEqual([2000, 2000]);

    const hue = fixture.ranking.find((r) => r.departmentName === 'Thành phố Huế');
    expect(hue?.departmentCode).toBe('H46');
    const v = lastSamples(ctx);
    expect(v.get('portal.dvcqg.score.total')).toBe(hue?.totalScore);
    expect(v.get('portal.dvcqg.score.mdsh')).toBe(hue?.groupScores.MDSH);
    const rank = 1 + fixture.ranking.filter((r) => r.totalScore > (hue?.totalScore ?? 0)).length;
    expect(v.get('portal.dvcqg.rank')).toBe(rank);
    expect(ctx.calls.records.map((r) => [r.kind, r.id])).toEqual([
      ['portal-ranking', 'service-results:2025-06'],
      ['portal-ranking', 'transparency:2025-06'],
      ['portal-ranking', 'handling-satisfaction:2025-06'],
    ]);
    expect((ctx.calls.records[1]?.data as { rows: { rank: number }[] }).rows.map((r) => r.rank)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(ctx.calls.records[1]?.data).toMatchObject({ group: 'CKMB' });
    // The statistics DVCQG publishes for the province, worked out from the fixture's row.
    expect(v.get('portal.dvcqg.reported.received')).toBe(hue?.totalReceived);
    expect(v.get('portal.dvcqg.reported.on-time-rate')).toBe(hue?.ratio);
    expect(v.get('portal.dvcqg.reported.processing-days')).toBe(hue?.avgProcessingDays);
    expect(v.get('portal.dvcqg.reported.online-rate')).toBe(Math.round((hue!.channelOnlineSum / hue!.channelTotalSum) * 10_000) / 100);
    expect(v.get('portal.dvcqg.reported.online-payment-rate')).toBe(
      Math.round((hue!.totalDossierOnlinePaymentSuccess / hue!.totalDossierFinancialObligation) * 10_000) / 100,
    );
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'ok' });
  });

  it('is degraded when the answer fails and when the province is missing', async () => {
    const options = portalConfigSchema.parse({ mode: 'national-report', baseUrl: fixture.url, departmentCode: 'H99' });
    const ctx = createFakeContext(options, { now: clock.now, instanceId: 'dvcqg' });
    const report = createNationalReport(ctx, { ...fastHttp, retries: 0 });
    await report.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringMatching(/service-results: no row for H99/) });
    fixture.set({ fail500: 1 });
    await report.poll();
    expect(ctx.calls.health.at(-1)).toMatchObject({ state: 'degraded', message: expect.stringMatching(/service-results returned HTTP 500/) });
  });
});
