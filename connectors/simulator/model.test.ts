import { describe, expect, it } from 'vitest';
import { alertInputSchema } from '../../common/schemas/alert.js';
import { sampleSchema } from '../../common/schemas/series.js';
import { DAY, HOUR, MINUTE, SECOND } from '../../common/time.js';
import { initialState, step } from './model.js';
import { simulatorSeries } from './series.js';
import { everyStep, localHour, MONDAY_MIDNIGHT, runModel, valuesAt } from './test-run.js';

const declared = new Set(simulatorSeries('46').map((s) => s.id));
/** Irregular ticks, as a real timer gives them. */
const jittered = Array.from({ length: 400 }, (_, i) => MONDAY_MIDNIGHT + 7 * HOUR + i * 2000 + ((i * 37) % 23));

describe('determinism', () => {
  it('gives deep-equal samples and alerts for the same seed and times', () => {
    expect(runModel({ seed: 11 }, jittered)).toEqual(runModel({ seed: 11 }, jittered));
  });

  it('gives other values for another seed', () => {
    expect(runModel({ seed: 11 }, jittered)).not.toEqual(runModel({ seed: 12 }, jittered));
  });

  it('does not touch the state it steps from', () => {
    const state = initialState({ seed: 5, alertRate: 1, province: '46' }, MONDAY_MIDNIGHT);
    const copy = structuredClone(state);
    step(state, MONDAY_MIDNIGHT + MINUTE);
    expect(state).toEqual(copy);
  });
});

describe('a simulated day at 1-minute steps', () => {
  const runs = [1, 20251].map((seed) => runModel({ seed }, everyStep(MONDAY_MIDNIGHT, MONDAY_MIDNIGHT + DAY, MINUTE)));

  it('emits valid samples of declared series only, every series at every step', () => {
    for (const run of runs) {
      for (const { samples } of run.steps) {
        expect(samples.map((s) => s.seriesId).sort()).toEqual([...declared].sort());
        for (const sample of samples) expect(sampleSchema.safeParse(sample).success, sample.seriesId).toBe(true);
      }
    }
  });

  it('raises valid alerts with sim-<n> refs, in Vietnamese, with documentation IP addresses only', () => {
    for (const run of runs) {
      for (const alert of run.steps.flatMap((s) => s.alerts)) {
        const parsed = alertInputSchema.safeParse(alert);
        expect(parsed.success, JSON.stringify(alert)).toBe(true);
        expect(alert.sourceRef).toMatch(/^sim-\d+$/);
        expect(alert.location).not.toBe('');
        for (const ip of alert.title.match(/\d+\.\d+\.\d+\.\d+/g) ?? []) {
          expect(ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
        }
      }
    }
  });

  it('keeps every count within its range and the counters consistent', () => {
    for (const run of runs) {
      for (const { samples } of run.steps) {
        const v = valuesAt(samples);
        const get = (id: string): number => v.get(id) ?? Number.NaN;
        for (const sample of samples) expect(sample.v, sample.seriesId).toBeGreaterThanOrEqual(0);

        const stages = ['new', 'verified', 'assigned', 'in-progress', 'overdue'].map((s) => get(`field-reports.status.${s}`));
        const byCommune = [...v].filter(([id]) => id.startsWith('field-reports.commune.')).map(([, n]) => n);
        const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
        expect(sum(stages)).toBe(sum(byCommune));
        expect(sum(stages)).toBeLessThan(150);
        expect(get('field-reports.status.resolved-today')).toBeLessThan(200);

        const corridors = [...v].filter(([id]) => id.startsWith('traffic.congestion.') && !id.endsWith('.average'));
        for (const [, index] of corridors) expect(index).toBeLessThanOrEqual(100);
        expect(get('traffic.congestion.average')).toBeCloseTo(sum(corridors.map(([, n]) => n)) / corridors.length, 1);

        expect(get('dossiers.late-today')).toBeLessThanOrEqual(get('dossiers.completed-today'));
        expect(get('dossiers.overdue')).toBeLessThanOrEqual(get('dossiers.in-progress'));
        expect(get('dossiers.in-progress')).toBeGreaterThan(3000);
        expect(get('dossiers.in-progress')).toBeLessThan(12000);
        expect(get('dossiers.received-today')).toBeLessThan(5000);
        for (const rate of ['dossiers.on-time-rate', 'dossiers.online-rate']) expect(get(rate)).toBeLessThanOrEqual(100);

        const departments = [...v].filter(([id]) => id.startsWith('documents.overdue.')).map(([, n]) => n);
        for (const n of departments) expect(n).toBeLessThan(100);
        expect(get('documents.overdue-total')).toBe(sum(departments));
        expect(get('documents.incoming-today')).toBeLessThan(2000);

        for (const [id, aqi] of v) if (id.startsWith('aqi.')) expect(aqi).toBeLessThanOrEqual(500);
        expect(get('security.incidents-today')).toBeLessThan(100);
        expect(get('infosec.events-hour')).toBeLessThan(5000);
      }
    }
  });

  it('starts the "today" counters again at local midnight', () => {
    for (const run of runs) {
      const before = valuesAt(run.steps.at(-2)?.samples ?? []);
      const after = valuesAt(run.steps.at(-1)?.samples ?? []);
      expect(before.get('dossiers.received-today')).toBeGreaterThan(500);
      for (const id of ['dossiers.received-today', 'dossiers.completed-today', 'documents.incoming-today', 'security.incidents-today']) {
        expect(after.get(id), id).toBeLessThan(5);
      }
    }
  });

  it('finishes a working day with a realistic on-time rate', () => {
    for (const run of runs) {
      const evening = run.steps.find((s) => s.t === localHour(18));
      const rate = valuesAt(evening?.samples ?? []).get('dossiers.on-time-rate');
      expect(rate).toBeGreaterThanOrEqual(94);
      expect(rate).toBeLessThanOrEqual(99.5);
    }
  });

  it('mixes alerts of every category, mostly minor and info, some updating earlier ones', () => {
    for (const run of runs) {
      const alerts = run.steps.flatMap((s) => s.alerts);
      expect(new Set(alerts.map((a) => a.category))).toEqual(
        new Set(['traffic', 'aqi', 'field-report', 'dossier', 'document', 'security', 'infosec']),
      );
      const mild = alerts.filter((a) => a.severity === 'minor' || a.severity === 'info').length;
      expect(mild / alerts.length).toBeGreaterThan(0.8);
      expect(alerts.some((a) => a.severity === 'critical')).toBe(true);
      const refs = alerts.map((a) => a.sourceRef);
      const repeated = refs.length - new Set(refs).size;
      expect(repeated).toBeGreaterThan(0);
      expect(repeated / refs.length).toBeLessThan(0.3);
    }
  });
});

describe('alert rate', () => {
  const hourAt2s = everyStep(localHour(9), localHour(10), 2 * SECOND);

  it('raises about one alert every 5-10 s at alertRate 1 and intervalMs 2000', () => {
    for (const seed of [1, 2, 3]) {
      const count = runModel({ seed }, hourAt2s).steps.reduce((n, s) => n + s.alerts.length, 0);
      expect(count).toBeGreaterThan(3600 / 10);
      expect(count).toBeLessThan(3600 / 5);
    }
  });

  it('raises none at alertRate 0', () => {
    const run = runModel({ alertRate: 0 }, everyStep(MONDAY_MIDNIGHT, MONDAY_MIDNIGHT + DAY, MINUTE));
    expect(run.steps.flatMap((s) => s.alerts)).toEqual([]);
  });
});

describe('daily rhythm (Asia/Ho_Chi_Minh)', () => {
  const seeds = Array.from({ length: 8 }, (_, i) => i + 1);
  const days = seeds.map((seed) => runModel({ seed }, everyStep(MONDAY_MIDNIGHT, localHour(15), MINUTE)));
  const at = (hour: number, id: string) =>
    days.map((run) => valuesAt(run.steps.find((s) => s.t === localHour(hour))?.samples ?? []).get(id) ?? Number.NaN);

  it('has more traffic at 7:30 than at 3:00, for every seed', () => {
    const night = at(3, 'traffic.congestion.average');
    const peak = at(7.5, 'traffic.congestion.average');
    for (const [i, value] of peak.entries()) expect(value).toBeGreaterThan((night[i] ?? 0) + 30);
  });

  it('has worse air in the morning than in the early afternoon, on average', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const stations = ['le-loi', 'kim-long', 'huong-thuy', 'phu-bai', 'chan-may'].map((s) => `aqi.vn-aqi.${s}`);
    const morning = mean(stations.flatMap((id) => at(9, id)));
    const afternoon = mean(stations.flatMap((id) => at(15, id)));
    expect(morning).toBeGreaterThan(afternoon);
  });

  it('receives dossiers at counters only in office hours', () => {
    const night = at(5, 'dossiers.online-rate');
    for (const rate of night) expect(rate).toBe(100);
    for (const rate of at(11, 'dossiers.online-rate')) expect(rate).toBeLessThan(90);
  });
});
