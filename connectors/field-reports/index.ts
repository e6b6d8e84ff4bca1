import { defineConnector } from '../sdk/define-connector.js';
import { pollNowThenEvery } from '../sdk/schedule.js';
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
    produces: {
      series: [{ prefix: 'open311.{instance}.', label: { vi: 'Phản ánh theo trạng thái và phường, quá hạn, đúng hạn, thời gian xử lý', en: 'Field reports by status and ward, overdue, on time, time to resolve' } }],
      records: [{ kind: 'field-report', label: { vi: 'Phản ánh hiện trường', en: 'Field reports' } }],
      alerts: [{ category: 'field-report', label: { vi: 'Phản ánh quá hạn xử lý', en: 'Overdue field reports' } }],
    },
    start(ctx) {
      const sync = createFieldReportsSync(ctx, createOpen311Client(ctx.options, ctx.signal, tuning));
      return pollNowThenEvery(ctx, ctx.options.pollMs, () => sync.poll());
    },
  });
}

export const fieldReports = createFieldReportsConnector();
