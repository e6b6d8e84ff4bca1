import {
  alertInputSchema,
  formatIssues,
  recordSchema,
  sampleSchema,
  seriesSchema,
  type ConnectorHealth,
  type ConnectorInstance,
  type Sample,
} from '../../../common/index.js';
import type { ConnectorContext, ConnectorDefinition, RunningConnector } from '../../../connectors/sdk/types.js';
import type { Bus } from '../bus.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';

export interface ConnectorRuntimeDeps {
  store: Store;
  bus: Bus;
  log: Logger;
  now: () => number;
  resolveType: (type: string) => ConnectorDefinition;
  /** Samples are written in one transaction per flush rather than one per emit. */
  flushMs?: number;
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

interface Running {
  instance: ConnectorInstance;
  abort: AbortController;
  handle?: RunningConnector;
}

/**
 * Runs connector instances. Everything a connector emits crosses a boundary and is validated
 * here: a bad item is dropped with a logged reason and never stops the rest of the batch.
 */
export function createConnectorRuntime(deps: ConnectorRuntimeDeps) {
  const { store, bus, log, now } = deps;
  const running = new Map<string, Running>();
  let pending: Sample[] = [];

  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      store.samples.append(batch);
      bus.publish('samples.appended', batch);
    } catch (err) {
      log.error('writing samples failed', { error: String(err), count: batch.length });
    }
  };
  const timer = setInterval(flush, deps.flushMs ?? 250);
  timer.unref();

  const setHealth = (instance: ConnectorInstance, patch: Partial<ConnectorHealth> & Pick<ConnectorHealth, 'state'>) => {
    const prev = store.connectorHealth.get(instance.id);
    const health: ConnectorHealth = {
      instanceId: instance.id,
      type: instance.type,
      message: '',
      ...(prev?.lastSuccessAt !== undefined ? { lastSuccessAt: prev.lastSuccessAt } : {}),
      ...(prev?.lastError !== undefined ? { lastError: prev.lastError } : {}),
      ...patch,
      updatedAt: now(),
    };
    store.connectorHealth.put(health);
    bus.publish('connector.health', health);
  };

  function contextFor(instance: ConnectorInstance, options: unknown, signal: AbortSignal): ConnectorContext<unknown> {
    const clog = log.child({ connector: instance.id });
    const live = () => !signal.aborted;
    const reject = (what: string, detail: string) => clog.warn(`rejected ${what} from connector`, { reason: detail });
    return {
      instanceId: instance.id,
      options,
      signal,
      log: clog,
      now,
      cursor: {
        get: (key = 'default') => store.cursors.get(instance.id, key),
        set(value, key = 'default') {
          if (!live()) return;
          const problem = cursorProblem(value, key);
          if (problem) return reject(`cursor "${String(key).slice(0, 40)}"`, problem);
          // Samples emitted before the cursor go to disk first, so a crash never leaves the cursor ahead of the data.
          flush();
          try {
            store.cursors.set(instance.id, key, value, now());
          } catch (err) {
            clog.error('saving the sync cursor failed', { error: String(err), key });
          }
        },
      },
      declareSeries(list) {
        if (!live()) return;
        const good = list.flatMap((raw, i) => {
          const r = seriesSchema.safeParse({ ...(raw as object), source: instance.id });
          if (!r.success) reject(`series[${i}]`, formatIssues(r.error));
          return r.success ? [r.data] : [];
        });
        if (good.length) bus.publish('series.added', store.samples.putSeries(good));
      },
      emitSamples(list) {
        if (!live()) return;
        list.forEach((raw, i) => {
          const r = sampleSchema.safeParse(raw);
          if (!r.success) return reject(`sample[${i}]`, formatIssues(r.error));
          if (!store.samples.hasSeries(r.data.seriesId)) return reject(`sample[${i}]`, `series "${r.data.seriesId}" was never declared`);
          pending.push(r.data);
        });
      },
      raiseAlert(raw) {
        if (!live()) return;
        const r = alertInputSchema.safeParse(raw);
        if (!r.success) return reject('alert', formatIssues(r.error));
        bus.publish('alert.changed', store.alerts.raise(instance.id, r.data, now()));
      },
      upsertRecords(list) {
        if (!live()) return;
        const good = list.flatMap((raw, i) => {
          const r = recordSchema.safeParse(raw);
          if (!r.success) reject(`record[${i}]`, formatIssues(r.error));
          return r.success ? [r.data] : [];
        });
        if (good.length) store.records.upsert(instance.id, good);
      },
      reportHealth(state, message = '', details = {}) {
        if (!live()) return;
        const latency = Number.isFinite(details.latencyMs) && details.latencyMs! >= 0 ? { latencyMs: details.latencyMs! } : {};
        setHealth(instance, state === 'ok' ? { state, message, lastSuccessAt: now(), ...latency } : { state, message, lastError: message, ...latency });
      },
    };
  }

  async function start(instance: ConnectorInstance): Promise<void> {
    await stop(instance.id);
    if (!instance.enabled) {
      setHealth(instance, { state: 'stopped', message: 'disabled' });
      return;
    }
    let def: ConnectorDefinition;
    try {
      def = deps.resolveType(instance.type);
    } catch (err) {
      setHealth(instance, { state: 'down', message: (err as Error).message, lastError: (err as Error).message });
      return;
    }
    const parsed = def.configSchema.safeParse(instance.options);
    if (!parsed.success) {
      const message = `invalid options for connector "${instance.id}" (${instance.type}):\n${formatIssues(parsed.error)}`;
      log.error(message);
      setHealth(instance, { state: 'down', message, lastError: message });
      return;
    }
    const entry: Running = { instance, abort: new AbortController() };
    running.set(instance.id, entry);
    setHealth(instance, { state: 'starting' });
    try {
      entry.handle = await def.start(contextFor(instance, parsed.data, entry.abort.signal));
    } catch (err) {
      running.delete(instance.id);
      entry.abort.abort();
      const message = `failed to start: ${(err as Error).message}`;
      log.error(message, { connector: instance.id });
      setHealth(instance, { state: 'down', message, lastError: message });
    }
  }

  async function stop(id: string): Promise<void> {
    const entry = running.get(id);
    if (!entry) return;
    running.delete(id);
    entry.abort.abort();
    try {
      await entry.handle?.stop();
    } catch (err) {
      log.warn('connector stop failed', { connector: id, error: String(err) });
    }
    setHealth(entry.instance, { state: 'stopped' });
  }

  return {
    start,
    stop,
    flush,
    async close() {
      await Promise.all([...running.keys()].map(stop));
      flush();
      clearInterval(timer);
    },
  };
}

export type ConnectorRuntime = ReturnType<typeof createConnectorRuntime>;
