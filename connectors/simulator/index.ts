import { defineConnector } from '../sdk/define-connector.js';
import { every } from '../sdk/schedule.js';
import { simulatorConfigSchema } from './config.js';
import { initialState, samplesOf, step } from './model.js';
import { simulatorSeries } from './series.js';

/** The simulated places (wards, corridors, stations) are Huế's; other provinces get only their office names. */
const HUE = '46';

/** Demo data for every tile: deterministic for a seed and a sequence of ctx.now() values. */
export const simulator = defineConnector({
  id: 'simulator',
  name: 'Dữ liệu mô phỏng',
  version: '1.0.0',
  configSchema: simulatorConfigSchema,
  produces: {
    series: [
      { prefix: 'traffic.', label: { vi: 'Giao thông: ùn tắc theo tuyến', en: 'Traffic: congestion by corridor' } },
      { prefix: 'aqi.', label: { vi: 'Chất lượng không khí (VN_AQI) theo trạm', en: 'Air quality (VN_AQI) by station' } },
      { prefix: 'dossiers.', label: { vi: 'Hồ sơ thủ tục hành chính', en: 'Administrative dossiers' } },
      { prefix: 'documents.', label: { vi: 'Văn bản quá hạn theo sở', en: 'Overdue documents by department' } },
      { prefix: 'field-reports.', label: { vi: 'Phản ánh hiện trường theo trạng thái và phường', en: 'Field reports by status and ward' } },
      { prefix: 'security.', label: { vi: 'An ninh trật tự', en: 'Public security' } },
      { prefix: 'infosec.', label: { vi: 'An toàn thông tin', en: 'Information security' } },
    ],
    alerts: [
      { category: 'traffic', label: { vi: 'Ùn tắc giao thông', en: 'Traffic congestion' } },
      { category: 'aqi', label: { vi: 'Không khí ô nhiễm', en: 'Air pollution' } },
      { category: 'dossier', label: { vi: 'Hồ sơ trễ hạn', en: 'Late dossiers' } },
      { category: 'document', label: { vi: 'Văn bản quá hạn', en: 'Overdue documents' } },
      { category: 'field-report', label: { vi: 'Phản ánh quá hạn', en: 'Overdue field reports' } },
      { category: 'security', label: { vi: 'Sự cố an ninh', en: 'Security incidents' } },
      { category: 'infosec', label: { vi: 'Sự cố an toàn thông tin', en: 'Information-security incidents' } },
    ],
  },
  start(ctx) {
    const { seed, intervalMs, alertRate, province, backfillMinutes } = ctx.options;
    if (province !== HUE) ctx.log.warn('simulated places are those of Huế (46)', { province });
    ctx.declareSeries(simulatorSeries(province));
    const now = ctx.now();
    const minute = 60_000;
    const start = backfillMinutes > 0 ? Math.floor(now / minute) * minute - backfillMinutes * minute : now;
    let state = initialState({ seed, alertRate, province }, start);
    const history = samplesOf(state, state.t);
    // The made-up past carries samples only: alerts from it would flood the grid as if new.
    for (let t = start + minute; t < now; t += minute) {
      state = step(state, t).state;
      history.push(...samplesOf(state, t));
    }
    if (start !== now) {
      state = step(state, now).state;
      history.push(...samplesOf(state, now));
    }
    // Tiles fill at once instead of waiting for the first interval.
    ctx.emitSamples(history);
    ctx.reportHealth('ok');
    const ticker = every(ctx, intervalMs, () => {
      const result = step(state, ctx.now());
      state = result.state;
      ctx.emitSamples(result.samples);
      for (const alert of result.alerts) ctx.raiseAlert(alert);
      ctx.reportHealth('ok');
    });
    return { stop: () => ticker.stop() };
  },
});
