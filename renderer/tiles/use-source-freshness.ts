import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../state/AppContext.js';
import { sourceFreshness, type SourceCondition } from './data-state.js';

/**
 * How current the data of `seriesIds` can be expected to be, from the health of the connector
 * instances that produce them (see sourceFreshness).
 */
export function useSourceFreshness(seriesIds: readonly string[], tileLimitMs: number): { staleAfterMs: number; condition: SourceCondition } {
  const healths = useApp(useShallow((s) => seriesIds.map((id) => s.connectors[s.series[id]?.source ?? '']?.health)));
  return sourceFreshness(healths, tileLimitMs);
}
