import type { StateCreator } from 'zustand/vanilla';
import type { ConnectionStatus } from '../../transport/client.js';
import type { AppState } from '../app-state.js';

export interface ConnectionSlice {
  connection: ConnectionStatus;
  setConnection(status: ConnectionStatus): void;
}

export const connectionInitial = (): Pick<ConnectionSlice, 'connection'> => ({ connection: 'connecting' });

export const createConnectionSlice: StateCreator<AppState, [], [], ConnectionSlice> = (set) => ({
  ...connectionInitial(),
  setConnection: (connection) => set({ connection }),
});
