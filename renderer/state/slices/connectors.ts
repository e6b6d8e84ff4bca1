import type { StateCreator } from 'zustand/vanilla';
import type { ConnectorHealth, MethodOutput } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

export type ConnectorEntry = MethodOutput<'connectors.list'>[number];

export interface ConnectorsSlice {
  connectors: Record<string, ConnectorEntry>;
  setConnectors(list: readonly ConnectorEntry[]): void;
  upsertConnectorHealth(health: ConnectorHealth): void;
}

export const connectorsInitial = (): Pick<ConnectorsSlice, 'connectors'> => ({ connectors: {} });

export const createConnectorsSlice: StateCreator<AppState, [], [], ConnectorsSlice> = (set) => ({
  ...connectorsInitial(),
  setConnectors: (list) => set({ connectors: Object.fromEntries(list.map((c) => [c.instance.id, c])) }),
  upsertConnectorHealth: (health) =>
    set((s) => {
      const known = s.connectors[health.instanceId];
      const instance = known?.instance ?? { id: health.instanceId, type: health.type, enabled: true };
      return { connectors: { ...s.connectors, [health.instanceId]: { instance, source: known?.source ?? 'config', health } } };
    }),
});
