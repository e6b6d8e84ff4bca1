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
