import { formatIssues, type ConnectorHealth, type ConnectorInstance, type ConnectorTestResult, type Sample } from '../../../common/index.js';
import type { ConnectorContext, DefinedConnector, RunningConnector } from '../../../connectors/sdk/types.js';
import type { Bus } from '../bus.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { createCheckedContext } from './checked-context.js';
import { dryRunConnector } from './dry-run.js';

export interface ConnectorRuntimeDeps {
  store: Store;
  bus: Bus;
  log: Logger;
  now: () => number;
  resolveType: (type: string) => DefinedConnector;
  /** Samples are written in one transaction per flush rather than one per emit. */
  flushMs?: number;
  /** How long a dry run waits for the connector's first health report; 20 s by default. */
  dryRunTimeoutMs?: number;
}

/** What a dry run tests: a type's definition with options its schema accepted, for an instance being edited or a new one. */
export interface DryRunRequest {
  def: DefinedConnector;
  options: unknown;
  /** The API instance being edited: its sync cursors are read, never written. */
  instanceId?: string;
}

interface Running {
  instance: ConnectorInstance;
  /** As its type's schema parsed them. */
  options: unknown;
  abort: AbortController;
  handle?: RunningConnector;
}

/** Runs connector instances, each with a checked context whose accepted items go to the store and the bus. */
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
      ...(prev?.lastErrorAt !== undefined ? { lastErrorAt: prev.lastErrorAt } : {}),
      ...(prev?.refreshMs !== undefined ? { refreshMs: prev.refreshMs } : {}),
      ...patch,
      ...(patch.lastError !== undefined ? { lastErrorAt: now() } : {}),
      updatedAt: now(),
    };
    store.connectorHealth.put(health);
    bus.publish('connector.health', health);
  };

  function contextFor(instance: ConnectorInstance, def: DefinedConnector, options: unknown, signal: AbortSignal): ConnectorContext<unknown> {
    const clog = log.child({ connector: instance.id });
    return createCheckedContext({
      instanceId: instance.id,
      options,
      signal,
      log: clog,
      now,
      produces: def.produces,
      sink: {
        series: (list) => bus.publish('series.added', store.samples.putSeries(list)),
        hasSeries: (id) => store.samples.hasSeries(id),
        samples: (list) => void pending.push(...list),
        alert: (alert) => bus.publish('alert.changed', store.alerts.raise(instance.id, alert, now())),
        records: (list) => store.records.upsert(instance.id, list),
        cursorGet: (key) => store.cursors.get(instance.id, key),
        cursorSet(key, value) {
          // Samples emitted before the cursor go to disk first, so a crash never leaves the cursor ahead of the data.
          flush();
          try {
            store.cursors.set(instance.id, key, value, now());
          } catch (err) {
            clog.error('saving the sync cursor failed', { error: String(err), key });
          }
        },
        health(state, message, latencyMs) {
          const latency = latencyMs !== undefined ? { latencyMs } : {};
          setHealth(instance, state === 'ok' ? { state, message, lastSuccessAt: now(), ...latency } : { state, message, lastError: message, ...latency });
        },
        refreshInterval(ms) {
          const prev = store.connectorHealth.get(instance.id);
          if (prev?.refreshMs !== ms) setHealth(instance, { state: prev?.state ?? 'starting', message: prev?.message ?? '', refreshMs: ms });
        },
      },
    });
  }

  async function start(instance: ConnectorInstance): Promise<void> {
    await stop(instance.id);
    if (!instance.enabled) {
      setHealth(instance, { state: 'stopped', message: 'disabled' });
      return;
    }
    let def: DefinedConnector;
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
    const entry: Running = { instance, options: parsed.data, abort: new AbortController() };
    running.set(instance.id, entry);
    setHealth(instance, { state: 'starting' });
    try {
      entry.handle = await def.start(contextFor(instance, def, parsed.data, entry.abort.signal));
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

  /** Runs a connector until its first health report and stores nothing of it: the console's "test connection". */
  function dryRun({ def, options, instanceId }: DryRunRequest): Promise<ConnectorTestResult> {
    const id = instanceId ?? 'dry-run';
    return dryRunConnector(def, {
      instanceId: id,
      options,
      log: log.child({ connector: id, type: def.id, dryRun: true }),
      now,
      storedCursor: (key) => (instanceId === undefined ? undefined : store.cursors.get(instanceId, key)),
      hasStoredSeries: (seriesId) => store.samples.hasSeries(seriesId),
      timeoutMs: deps.dryRunTimeoutMs ?? 20_000,
    });
  }

  /**
   * The certificate authority a running instance trusts for its source (`caCertificate` of
   * sourceConnectionFields): what the host fetches on that source's behalf, as record photos, trusts it too.
   */
  function sourceCa(instanceId: string): string | undefined {
    const options = running.get(instanceId)?.options;
    const ca = options && typeof options === 'object' ? (options as { caCertificate?: unknown }).caCertificate : undefined;
    return typeof ca === 'string' ? ca : undefined;
  }

  return {
    start,
    stop,
    dryRun,
    flush,
    sourceCa,
    async close() {
      await Promise.all([...running.keys()].map(stop));
      flush();
      clearInterval(timer);
    },
  };
}

export type ConnectorRuntime = ReturnType<typeof createConnectorRuntime>;
