import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './app-state.js';
import type { Actions } from './actions.js';
import type { AppStore } from './store.js';

interface AppContextValue {
  store: AppStore;
  actions: Actions;
}

const AppContext = createContext<AppContextValue | undefined>(undefined);

export function AppProvider({ store, actions, children }: AppContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ store, actions }), [store, actions]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppProvider is missing');
  return ctx;
}

/** Selects one narrow piece of state: the component re-renders only when that piece changes. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

export function useActions(): Actions {
  return useAppContext().actions;
}
