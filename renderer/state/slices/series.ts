import type { StateCreator } from 'zustand/vanilla';
import type { Series } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

export interface SeriesSlice {
  series: Record<string, Series>;
  setSeries(list: readonly Series[]): void;
  addSeries(list: readonly Series[]): void;
}

export const seriesInitial = (): Pick<SeriesSlice, 'series'> => ({ series: {} });

const byId = (list: readonly Series[]) => Object.fromEntries(list.map((s) => [s.id, s]));

export const createSeriesSlice: StateCreator<AppState, [], [], SeriesSlice> = (set) => ({
  ...seriesInitial(),
  setSeries: (list) => set({ series: byId(list) }),
  addSeries: (list) => set((s) => ({ series: { ...s.series, ...byId(list) } })),
});
