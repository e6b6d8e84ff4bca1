import { defineConnector } from '../sdk/define-connector.js';
import { pollNowThenEvery } from '../sdk/schedule.js';
import { createDocumentClient, type HttpTuning } from './client.js';
import { documentConfigSchema } from './config.js';
import { createDocumentSync } from './sync.js';

/**
 * Documents of a provincial QLVB&ĐH system through its REST/JSON adapter, received edXML packages and their
 * status packets: records of kind "document", counts by department, alerts for overdue hỏa tốc and thượng khẩn
 * documents. `tuning` is for tests.
 */
export function createDocumentManagementConnector(tuning: HttpTuning = {}) {
  return defineConnector({
    id: 'document-management',
    name: 'Quản lý văn bản và điều hành (QLVB&ĐH)',
    version: '1.0.0',
    configSchema: documentConfigSchema,
    produces: {
      series: [
        {
          prefix: 'docs.{instance}.',
          label: { vi: 'Văn bản đến, đi, đang xử lý, quá hạn, đúng hạn, trễ hạn, xử lý trên môi trường mạng, theo sở và toàn tỉnh', en: 'Documents received, issued, in progress, overdue, on time, late, handled fully online, by department and for the province' },
        },
      ],
      records: [{ kind: 'document', label: { vi: 'Văn bản đến và đi', en: 'Incoming and outgoing documents' } }],
      alerts: [{ category: 'document', label: { vi: 'Văn bản hỏa tốc, thượng khẩn quá hạn', en: 'Overdue flash and top-urgent documents' } }],
    },
    start(ctx) {
      const sync = createDocumentSync(ctx, createDocumentClient(ctx.options, ctx.signal, tuning));
      return pollNowThenEvery(ctx, ctx.options.pollMs, () => sync.poll());
    },
  });
}

export const documentManagement = createDocumentManagementConnector();
