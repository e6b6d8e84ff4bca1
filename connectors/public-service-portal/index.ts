import { defineConnector } from '../sdk/define-connector.js';
import { pollNowThenEvery } from '../sdk/schedule.js';
import { createAdapterClient, type HttpTuning } from './adapter-client.js';
import { portalConfigSchema } from './config.js';
import { createPortalSync } from './integration-sync.js';
import { createNationalReport } from './national-report.js';

/**
 * The public-service portal (Hệ thống thông tin giải quyết TTHC): dossiers from the province's integration
 * adapter with the 766 on-time and online KPIs per agency, or the DVCQG public ranking. `tuning` is for tests.
 */
export function createPublicServicePortalConnector(tuning: HttpTuning = {}) {
  return defineConnector({
    id: 'public-service-portal',
    name: 'Cổng dịch vụ công (hồ sơ TTHC)',
    version: '1.0.0',
    configSchema: portalConfigSchema,
    produces: {
      series: [
        {
          prefix: 'portal.{instance}.',
          label: {
            vi: 'Chỉ số Bộ chỉ số 766 theo cơ quan và toàn tỉnh (2.1, 2.2, 3.3, 3.6, 4.2, tiếp nhận, giải quyết, quá hạn); điểm và xếp hạng DVCQG',
            en: 'Index 766 indicators by agency and for the province (2.1, 2.2, 3.3, 3.6, 4.2, received, completed, overdue); DVCQG scores and rank',
          },
        },
      ],
      records: [
        { kind: 'dossier', label: { vi: 'Hồ sơ thủ tục hành chính', en: 'Administrative dossiers' } },
        { kind: 'portal-ranking', label: { vi: 'Bảng xếp hạng 766 của DVCQG', en: 'DVCQG index-766 ranking' } },
      ],
      alerts: [{ category: 'dossier', label: { vi: 'Tỉ lệ đúng hạn dưới ngưỡng', en: 'On-time rate below its threshold' } }],
    },
    start(ctx) {
      const source =
        ctx.options.mode === 'integration'
          ? createPortalSync(ctx, createAdapterClient(ctx.options, ctx.signal, tuning))
          : createNationalReport(ctx, tuning);
      return pollNowThenEvery(ctx, ctx.options.pollMs, () => source.poll());
    },
  });
}

export const publicServicePortal = createPublicServicePortalConnector();
