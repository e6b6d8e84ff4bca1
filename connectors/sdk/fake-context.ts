import type { AlertInput, Sample, SeriesInput, SourceRecord } from '../../common/index.js';
import type { ConnectorContext, ConnectorLogger } from './types.js';

type Health = Parameters<ConnectorContext<unknown>['reportHealth']>[0];

export interface RecordedCalls {
  series: Omit<SeriesInput, 'source'>[];
  /** One entry per emitSamples call. */
  samples: Sample[][];
  alerts: AlertInput[];
  records: SourceRecord[];
  health: { state: Health; message?: string; latencyMs?: number }[];
  /** Every refresh interval the connector announced, in order. */
  refreshIntervals: number[];
  logs: { level: keyof ConnectorLogger; msg: string; fields?: Record<string, unknown> }[];
}

export interface FakeContext<Options> extends ConnectorContext<Options> {
  /** Everything the connector sent, kept even after abort so a test can prove nothing came late. */
  readonly calls: RecordedCalls;
  /** Cursor values by key, pre-seeded from `init.cursors`; a test reads what the connector saved here. */
  readonly cursors: Map<string, string>;
  /** Aborts the signal, as the host does when it stops the instance. */
  abort(): void;
}

/** A context for testing a connector without the host: it records calls and validates nothing. */
export function createFakeContext<Options>(
  options: Options,
  init: { instanceId?: string; now?: () => number; cursors?: Record<string, string> } = {},
): FakeContext<Options> {
  const controller = new AbortController();
  const cursors = new Map(Object.entries(init.cursors ?? {}));
  const calls: RecordedCalls = { series: [], samples: [], alerts: [], records: [], health: [], refreshIntervals: [], logs: [] };
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
    cursor: {
      get: (key = 'default') => cursors.get(key),
      set: (value, key = 'default') => void cursors.set(key, value),
    },
    declareSeries: (series) => void calls.series.push(...series),
    emitSamples: (samples) => void calls.samples.push(samples),
    raiseAlert: (alert) => void calls.alerts.push(alert),
    upsertRecords: (records) => void calls.records.push(...records),
    reportHealth: (state, message, details) =>
      void calls.health.push({
        state,
        ...(message === undefined ? {} : { message }),
        ...(details?.latencyMs === undefined ? {} : { latencyMs: details.latencyMs }),
      }),
    setRefreshInterval: (ms) => void calls.refreshIntervals.push(ms),
    calls,
    cursors,
    abort: () => controller.abort(),
  };
}
