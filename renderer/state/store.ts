import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state.js';
import { alertsInitial, createAlertsSlice } from './slices/alerts.js';
import { camerasInitial, createCamerasSlice } from './slices/cameras.js';
import { connectionInitial, createConnectionSlice } from './slices/connection.js';
import { connectorsInitial, createConnectorsSlice } from './slices/connectors.js';
import { createLayoutsSlice, layoutsInitial } from './slices/layouts.js';
import { createPageSlice, pageInitial } from './slices/page.js';
import { createSamplesSlice, samplesInitial } from './slices/samples.js';
import { createSeriesSlice, seriesInitial } from './slices/series.js';
import { createSessionSlice, sessionInitial } from './slices/session.js';
import { createWallsSlice, wallsInitial } from './slices/walls.js';

export type AppStore = StoreApi<AppState>;

/** The data of every slice as a fresh page has it. */
export function initialState() {
  return {
    ...connectionInitial(),
    ...sessionInitial(),
    ...pageInitial(),
    ...wallsInitial(),
    ...layoutsInitial(),
    ...seriesInitial(),
    ...samplesInitial(),
    ...alertsInitial(),
    ...camerasInitial(),
    ...connectorsInitial(),
  };
}

export type AppData = ReturnType<typeof initialState>;

/** A new store per page, and per test. */
export function createAppStore(overrides: Partial<AppData> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createConnectionSlice(...a),
    ...createSessionSlice(...a),
    ...createPageSlice(...a),
    ...createWallsSlice(...a),
    ...createLayoutsSlice(...a),
    ...createSeriesSlice(...a),
    ...createSamplesSlice(...a),
    ...createAlertsSlice(...a),
    ...createCamerasSlice(...a),
    ...createConnectorsSlice(...a),
    ...overrides,
  }));
}
