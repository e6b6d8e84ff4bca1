import { defineConnector } from '../sdk/define-connector.js';
import { every, type Ticker } from '../sdk/schedule.js';
import { fieldReportsConfigSchema } from './config.js';
import { createOpen311Client, type HttpTuning } from './open311-client.js';
import { createFieldReportsSync } from './sync.js';

/**
 * Field reports ("phản ánh hiện trường") from an Open311 GeoReport v2 gateway such as the one in front of Hue-S:
 * records of kind "field-report", counts by status and ward, overdue alerts. `tuning` is for tests.
 */
export function createFieldReportsConnector(tuning: HttpTuning = {}) {
  return defineConnector({
    id: 'field-reports',
    name: 'Phản ánh hiện trường (Open311)',
    version: '1.0.0',
    configSchema: fieldReportsConfigSchema,
    start(ctx) {
      const sync = createFieldReportsSync(ctx, createOpen311Client(ctx.options, ctx.signal, tuning));
      let stopped = false;
      let ticker: Ticker | undefined;
      // The first sync starts at once so the wall fills without waiting a poll; the schedule starts after it,
      // so a long first catch-up is never run twice at the same time.
      const scheduled = sync.poll().then(() => {
        if (!stopped && !ctx.signal.aborted) ticker = every(ctx, ctx.options.pollMs, () => sync.poll());
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

export const fieldReports = createFieldReportsConnector();
