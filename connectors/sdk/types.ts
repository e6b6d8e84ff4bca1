import type { z } from 'zod';
import type { AlertInput, ConnectorProduces, ConnectorProducesInput, ConnectorState, Sample, SeriesInput, SourceRecord } from '../../common/index.js';

export interface ConnectorLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Where an incremental sync got to ("updated since 2025-07-01T08:00:00+07:00", a page token), kept by
 * the host per instance and key across restarts. One key is enough for most sources; a connector that
 * syncs several feeds keeps one key per feed.
 */
export interface ConnectorCursor {
  /** The value last set under `key` (default "default"), or undefined before the first set. */
  get(key?: string): string | undefined;
  /**
   * Saved at once. Set it only after the data up to that point was emitted: the host writes the
   * samples emitted before it first, so a cursor never runs ahead of the data it covers.
   */
  set(value: string, key?: string): void;
}

export interface HealthDetails {
  /** How long the source took to answer, shown in the console beside the state. */
  latencyMs?: number;
}

/** What the host gives a running connector instance. Every emit is validated by the host. */
export interface ConnectorContext<Options> {
  readonly instanceId: string;
  readonly options: Options;
  /** Aborted when the instance stops. */
  readonly signal: AbortSignal;
  readonly log: ConnectorLogger;
  now(): number;
  readonly cursor: ConnectorCursor;
  /** The host sets each series' source to this instance. */
  declareSeries(series: Omit<SeriesInput, 'source'>[]): void;
  emitSamples(samples: Sample[]): void;
  raiseAlert(alert: AlertInput): void;
  upsertRecords(records: SourceRecord[]): void;
  reportHealth(state: Exclude<ConnectorState, 'starting' | 'stopped'>, message?: string, details?: HealthDetails): void;
  /**
   * How often the instance renews its data. Tiles call data stale once about two renewals were
   * missed, so a source polled every 5 minutes does not look stale between polls. `every` and
   * `pollNowThenEvery` set it.
   */
  setRefreshInterval(ms: number): void;
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
  /**
   * What its instances bring: series by id prefix ("{instance}" for the instance id), record kinds
   * and alert categories. The console shows it; the host rejects anything outside it.
   */
  produces: ConnectorProducesInput;
  /** Starts one instance; a definition may run many instances, each with its own context. */
  start(ctx: ConnectorContext<z.output<Schema>>): Promise<RunningConnector> | RunningConnector;
}

/** A definition as `defineConnector` returns it: what it produces checked and with its defaults. */
export type DefinedConnector<Schema extends z.ZodType = z.ZodType> = Omit<ConnectorDefinition<Schema>, 'produces'> & { produces: ConnectorProduces };
