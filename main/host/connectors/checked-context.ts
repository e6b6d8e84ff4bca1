import {
  alertInputSchema,
  formatIssues,
  outsideProduces,
  recordSchema,
  sampleSchema,
  seriesSchema,
  type ConnectorProduces,
  type Sample,
  type Series,
  type SourceRecord,
} from '../../../common/index.js';
import type { z } from 'zod';
import type { ConnectorContext } from '../../../connectors/sdk/types.js';
import type { Logger } from '../log.js';

type ReportedState = Parameters<ConnectorContext<unknown>['reportHealth']>[0];

/**
 * Where a checked context sends what passed its checks: the store and the bus for a running instance,
 * memory for a dry run. Nothing reaches a sink after the signal aborts.
 */
export interface ContextSink {
  series(list: Series[]): void;
  /** Whether samples of this series would be accepted. */
  hasSeries(id: string): boolean;
  samples(list: Sample[]): void;
  alert(alert: z.output<typeof alertInputSchema>): void;
  records(list: SourceRecord[]): void;
  cursorGet(key: string): string | undefined;
  cursorSet(key: string, value: string): void;
  health(state: ReportedState, message: string, latencyMs: number | undefined): void;
  refreshInterval(ms: number): void;
}

export interface CheckedContextInit {
  instanceId: string;
  options: unknown;
  signal: AbortSignal;
  /** Already names the instance: it is handed to the connector as it is. */
  log: Logger;
  now: () => number;
  /** What the connector's type declared: anything else it emits is rejected. */
  produces: ConnectorProduces;
  sink: ContextSink;
}

/** Cursors are positions (a timestamp, a page token), not payloads: bound them so a bug cannot fill the disk. */
const maxCursorKey = 100;
const maxCursorValue = 8192;

function cursorProblem(value: unknown, key: unknown): string | undefined {
  if (typeof key !== 'string' || key.length === 0 || key.length > maxCursorKey) return `key must be a string of 1-${maxCursorKey} characters`;
  if (typeof value !== 'string') return `value must be a string, got ${value === null ? 'null' : typeof value}`;
  if (value.length > maxCursorValue) return `value is ${value.length} characters, more than ${maxCursorValue}`;
  return undefined;
}

/**
 * The context a connector instance gets. Everything a connector emits crosses a boundary and is
 * validated here: a bad item is dropped with a logged reason and never stops the rest of the batch.
 */
export function createCheckedContext({ instanceId, options, signal, log, now, produces, sink }: CheckedContextInit): ConnectorContext<unknown> {
  const live = () => !signal.aborted;
  const reject = (what: string, detail: string) => log.warn(`rejected ${what} from connector`, { reason: detail });
  return {
    instanceId,
    options,
    signal,
    log,
    now,
    cursor: {
      get: (key = 'default') => sink.cursorGet(key),
      set(value, key = 'default') {
        if (!live()) return;
        const problem = cursorProblem(value, key);
        if (problem) return reject(`cursor "${String(key).slice(0, 40)}"`, problem);
        sink.cursorSet(key, value);
      },
    },
    declareSeries(list) {
      if (!live()) return;
      const good = list.flatMap((raw, i) => {
        const r = seriesSchema.safeParse({ ...(raw as object), source: instanceId });
        const problem = !r.success ? formatIssues(r.error) : outsideProduces(produces, instanceId, { seriesId: r.data.id });
        if (problem !== undefined) reject(`series[${i}]`, problem);
        return r.success && problem === undefined ? [r.data] : [];
      });
      if (good.length) sink.series(good);
    },
    emitSamples(list) {
      if (!live()) return;
      const good = list.flatMap((raw, i) => {
        const r = sampleSchema.safeParse(raw);
        const problem = !r.success ? formatIssues(r.error) : sink.hasSeries(r.data.seriesId) ? undefined : `series "${r.data.seriesId}" was never declared`;
        if (problem !== undefined) reject(`sample[${i}]`, problem);
        return r.success && problem === undefined ? [r.data] : [];
      });
      if (good.length) sink.samples(good);
    },
    raiseAlert(raw) {
      if (!live()) return;
      const r = alertInputSchema.safeParse(raw);
      if (!r.success) return reject('alert', formatIssues(r.error));
      const problem = outsideProduces(produces, instanceId, { alertCategory: r.data.category });
      if (problem !== undefined) return reject('alert', problem);
      sink.alert(r.data);
    },
    upsertRecords(list) {
      if (!live()) return;
      const good = list.flatMap((raw, i) => {
        const r = recordSchema.safeParse(raw);
        const problem = !r.success ? formatIssues(r.error) : outsideProduces(produces, instanceId, { recordKind: r.data.kind });
        if (problem !== undefined) reject(`record[${i}]`, problem);
        return r.success && problem === undefined ? [r.data] : [];
      });
      if (good.length) sink.records(good);
    },
    reportHealth(state, message = '', details = {}) {
      if (!live()) return;
      const latency = details.latencyMs;
      sink.health(state, message, latency !== undefined && Number.isFinite(latency) && latency >= 0 ? latency : undefined);
    },
    setRefreshInterval(ms) {
      if (!live()) return;
      if (!Number.isInteger(ms) || ms <= 0) return reject('refresh interval', `must be a positive whole number of ms, got ${String(ms)}`);
      sink.refreshInterval(ms);
    },
  };
}
