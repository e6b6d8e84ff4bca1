import type { StateCreator } from 'zustand/vanilla';
import type { Alert } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

/** Resolved alerts kept for grids that show them; open ones are all kept. */
export const MAX_RESOLVED = 500;

export interface AlertsSlice {
  alerts: Record<string, Alert>;
  setAlerts(list: readonly Alert[]): void;
  upsertAlert(alert: Alert): void;
}

export const alertsInitial = (): Pick<AlertsSlice, 'alerts'> => ({ alerts: {} });

/** Drops the oldest resolved alerts beyond the cap. */
export function pruneResolved(alerts: Record<string, Alert>, max: number): Record<string, Alert> {
  const resolved = Object.values(alerts).filter((a) => a.status === 'resolved');
  if (resolved.length <= max) return alerts;
  resolved.sort((a, b) => b.updatedAt - a.updatedAt);
  const next = { ...alerts };
  for (const a of resolved.slice(max)) delete next[a.id];
  return next;
}

export const createAlertsSlice: StateCreator<AppState, [], [], AlertsSlice> = (set) => ({
  ...alertsInitial(),
  setAlerts: (list) =>
    set((s) => {
      const alerts: Record<string, Alert> = {};
      for (const a of list) {
        const known = s.alerts[a.id];
        // An event may have overtaken the list on the way: keep whichever is newer.
        alerts[a.id] = known && known.updatedAt > a.updatedAt ? known : a;
      }
      return { alerts: pruneResolved(alerts, MAX_RESOLVED) };
    }),
  upsertAlert: (alert) =>
    set((s) => {
      const known = s.alerts[alert.id];
      if (known && known.updatedAt > alert.updatedAt) return {};
      return { alerts: pruneResolved({ ...s.alerts, [alert.id]: alert }, MAX_RESOLVED) };
    }),
});
