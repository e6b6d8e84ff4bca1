import { defineConnector } from '../sdk/define-connector.js';
import { every, type Ticker } from '../sdk/schedule.js';
import { createDocumentClient, type HttpTuning } from './client.js';
import { documentConfigSchema } from './config.js';
import { createDocumentSync } from './sync.js';

/**
 * Documents of a provincial QLVB&ĐH system through its REST/JSON adapter and edXML status packets: records of
 * kind "document", counts by department, alerts for overdue hỏa tốc and thượng khẩn documents. `tuning` is for tests.
 */
export function createDocumentManagementConnector(tuning: HttpTuning = {}) {
  return defineConnector({
    id: 'document-management',
    name: 'Quản lý văn bản và điều hành (QLVB&ĐH)',
    version: '1.0.0',
    configSchema: documentConfigSchema,
    start(ctx) {
      const sync = createDocumentSync(ctx, createDocumentClient(ctx.options, ctx.signal, tuning));
      let stopped = false;
      let ticker: Ticker | undefined;
      // The schedule starts after the first sync, so a long first catch-up is never run twice at the same time.
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

export const documentManagement = createDocumentManagementConnector();
