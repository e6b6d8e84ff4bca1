import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../app-state.js';
import type { PageView } from '../needed-series.js';

export interface PageSlice {
  /** What this page shows: tiles read it to know which wall they are on, since a layout may serve several walls. */
  page: PageView | undefined;
  setPage(view: PageView): void;
}

export const pageInitial = (): Pick<PageSlice, 'page'> => ({ page: undefined });

export const createPageSlice: StateCreator<AppState, [], [], PageSlice> = (set) => ({
  ...pageInitial(),
  setPage: (page) => set({ page }),
});
