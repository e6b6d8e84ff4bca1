import type { RecordSource } from '../../../common/index.js';
import type { Store } from '../store/store.js';

/**
 * How current the records of a connector instance are. A degraded poll that still read to the end (a malformed
 * record rejected, the rest stored) moves the instance's cursor without moving lastSuccessAt: the records are as
 * new as the later of the two. An instance with no health (removed since) says so as stopped.
 */
export function recordSource(store: Pick<Store, 'connectorHealth' | 'cursors'>, instanceId: string): RecordSource {
  const health = store.connectorHealth.get(instanceId);
  const cursorAt = store.cursors.latestAt(instanceId);
  const reads = [health?.lastSuccessAt, cursorAt].filter((t): t is number => t !== undefined);
  return {
    instanceId,
    state: health?.state ?? 'stopped',
    message: health?.message ?? '',
    ...(reads.length > 0 ? { lastReadAt: Math.max(...reads) } : {}),
    ...(health?.refreshMs !== undefined ? { refreshMs: health.refreshMs } : {}),
  };
}
