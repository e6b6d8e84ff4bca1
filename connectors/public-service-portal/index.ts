import { defineConnector } from '../sdk/define-connector.js';
import { every, type Ticker } from '../sdk/schedule.js';
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
      let stopped = false;
      let ticker: Ticker | undefined;
      // The first poll runs at once so the wall fills without waiting; the schedule starts after it, so a long
      // first read of the period is never run twice at the same time.
      const scheduled = source.poll().then(() => {
        if (!stopped && !ctx.signal.aborted) ticker = every(ctx, ctx.options.pollMs, () => source.poll());
      });
      return {
        async stop() {
          stopped = true;
          await scheduled;
          await ticker?.stop();
        },
      };
    },
  });
}

export const publicServicePortal = createPublicServicePortalConnector();
