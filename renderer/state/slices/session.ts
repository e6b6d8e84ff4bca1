import type { StateCreator } from 'zustand/vanilla';
import type { MethodOutput } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

export type SessionInfo = MethodOutput<'session.whoami'>;

export interface SessionSlice {
  session: SessionInfo | undefined;
  /** Host clock minus ours: ages of data are computed on the host's time, which stamped them. */
  clockOffsetMs: number;
  setSession(info: SessionInfo, receivedAt: number): void;
}

export const sessionInitial = (): Pick<SessionSlice, 'session' | 'clockOffsetMs'> => ({ session: undefined, clockOffsetMs: 0 });

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  ...sessionInitial(),
  setSession: (session, receivedAt) => set({ session, clockOffsetMs: Math.round(session.serverTime - receivedAt) }),
});
