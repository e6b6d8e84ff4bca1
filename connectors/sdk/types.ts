import type { z } from 'zod';
import type { AlertInput, ConnectorState, Sample, SeriesInput, SourceRecord } from '../../common/index.js';

export interface ConnectorLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** What the host gives a running connector instance. Every emit is validated by the host. */
export interface ConnectorContext<Options> {
  readonly instanceId: string;
  readonly options: Options;
  /** Aborted when the instance stops. */
  readonly signal: AbortSignal;
  readonly log: ConnectorLogger;
  now(): number;
  /** The host sets each series' source to this instance. */
  declareSeries(series: Omit<SeriesInput, 'source'>[]): void;
  emitSamples(samples: Sample[]): void;
  raiseAlert(alert: AlertInput): void;
  upsertRecords(records: SourceRecord[]): void;
  reportHealth(state: Exclude<ConnectorState, 'starting' | 'stopped'>, message?: string): void;
}

export interface RunningConnector {
  stop(): Promise<void> | void;
}

export interface ConnectorDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Type id saved in configuration ("simulator"). */
  id: string;
  name: string;
  version: string;
  configSchema: Schema;
  /** Starts one instance; a definition may run many instances, each with its own context. */
  start(ctx: ConnectorContext<z.output<Schema>>): Promise<RunningConnector> | RunningConnector;
}
