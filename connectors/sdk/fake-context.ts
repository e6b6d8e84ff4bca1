import type { AlertInput, Sample, SeriesInput, SourceRecord } from '../../common/index.js';
import type { ConnectorContext, ConnectorLogger } from './types.js';

type Health = Parameters<ConnectorContext<unknown>['reportHealth']>[0];

export interface RecordedCalls {
  series: Omit<SeriesInput, 'source'>[];
  /** One entry per emitSamples call. */
  samples: Sample[][];
  alerts: AlertInput[];
  records: SourceRecord[];
  health: { state: Health; message?: string }[];
  logs: { level: keyof ConnectorLogger; msg: string; fields?: Record<string, unknown> }[];
}

export interface FakeContext<Options> extends ConnectorContext<Options> {
  /** Everything the connector sent, kept even after abort so a test can prove nothing came late. */
  readonly calls: RecordedCalls;
  /** Aborts the signal, as the host does when it stops the instance. */
  abort(): void;
}

/** A context for testing a connector without the host: it records calls and validates nothing. */
export function createFakeContext<Options>(
  options: Options,
  init: { instanceId?: string; now?: () => number } = {},
): FakeContext<Options> {
  const controller = new AbortController();
  const calls: RecordedCalls = { series: [], samples: [], alerts: [], records: [], health: [], logs: [] };
  const logAt =
    (level: keyof ConnectorLogger) =>
    (msg: string, fields?: Record<string, unknown>): void => {
      calls.logs.push({ level, msg, ...(fields ? { fields } : {}) });
    };
  return {
    instanceId: init.instanceId ?? 'test',
    options,
    signal: controller.signal,
    log: { debug: logAt('debug'), info: logAt('info'), warn: logAt('warn'), error: logAt('error') },
    now: init.now ?? Date.now,
    declareSeries: (series) => void calls.series.push(...series),
    emitSamples: (samples) => void calls.samples.push(samples),
    raiseAlert: (alert) => void calls.alerts.push(alert),
    upsertRecords: (records) => void calls.records.push(...records),
    reportHealth: (state, message) => void calls.health.push({ state, ...(message === undefined ? {} : { message }) }),
    calls,
    abort: () => controller.abort(),
  };
}
