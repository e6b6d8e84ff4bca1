import type { ConnectorProduces, ConnectorTestResult } from '../../../common/index.js';
import type { ConnectorContext } from '../../../connectors/sdk/types.js';
import type { Logger } from '../log.js';
import { createCheckedContext } from './checked-context.js';

export type Produced = ConnectorTestResult['produced'];

export interface HealthReport {
  state: 'ok' | 'degraded' | 'down';
  message: string;
  latencyMs?: number;
}

export interface DryRunContextInit {
  instanceId: string;
  options: unknown;
  produces: ConnectorProduces;
  log: Logger;
  now: () => number;
  /** The stored cursor of the instance being edited, read but never written; nothing for a new one. */
  storedCursor(key: string): string | undefined;
  /** Series the store already knows: the real runtime takes samples of them without a new declaration. */
  hasStoredSeries(id: string): boolean;
}

export interface DryRunContext {
  ctx: ConnectorContext<unknown>;
  /** Settles with the connector's first health report. */
  readonly firstReport: Promise<HealthReport>;
  /** What the run would have stored so far, counted as the store would keep it. */
  produced(): Produced;
  /** Ends the run as the host stops an instance: the signal aborts, and nothing is counted afterwards. */
  abort(): void;
}

/**
 * A connector context that keeps nothing: every emit is checked as the runtime checks it and counted,
 * cursor writes stay in memory over the stored cursors, and the first health report is handed back.
 */
export function createDryRunContext(init: DryRunContextInit): DryRunContext {
  const controller = new AbortController();
  const series = new Set<string>();
  const records = new Set<string>();
  const alerts = new Set<string>();
  const cursors = new Map<string, string>();
  let samples = 0;
  let report: (r: HealthReport) => void = () => undefined;
  const firstReport = new Promise<HealthReport>((resolve) => {
    report = resolve;
  });

  const ctx = createCheckedContext({
    instanceId: init.instanceId,
    options: init.options,
    signal: controller.signal,
    log: init.log,
    now: init.now,
    produces: init.produces,
    sink: {
      series: (list) => list.forEach((s) => series.add(s.id)),
      hasSeries: (id) => series.has(id) || init.hasStoredSeries(id),
      samples: (list) => void (samples += list.length),
      // The store updates an alert raised again under its sourceRef and a record under its kind and id.
      alert: (alert) => void alerts.add(alert.sourceRef),
      records: (list) => list.forEach((r) => records.add(`${r.kind}\u0000${r.id}`)),
      cursorGet: (key) => (cursors.has(key) ? cursors.get(key) : init.storedCursor(key)),
      cursorSet: (key, value) => void cursors.set(key, value),
      // A promise settles once: later reports are ignored.
      health: (state, message, latencyMs) => report({ state, message, ...(latencyMs !== undefined ? { latencyMs } : {}) }),
      // A test run reports what the source answers, not how often it would be asked.
      refreshInterval: () => {},
    },
  });

  return {
    ctx,
    firstReport,
    produced: () => ({ series: series.size, samples, records: records.size, alerts: alerts.size }),
    abort: () => controller.abort(),
  };
}
