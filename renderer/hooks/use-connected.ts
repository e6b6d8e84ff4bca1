import { useApp } from '../state/AppContext.js';

export const useConnected = (): boolean => useApp((s) => s.connection === 'open');
