import type { AlertsSlice } from './slices/alerts.js';
import type { CamerasSlice } from './slices/cameras.js';
import type { ConnectionSlice } from './slices/connection.js';
import type { ConnectorsSlice } from './slices/connectors.js';
import type { LayoutsSlice } from './slices/layouts.js';
import type { PageSlice } from './slices/page.js';
import type { SamplesSlice } from './slices/samples.js';
import type { SeriesSlice } from './slices/series.js';
import type { SessionSlice } from './slices/session.js';
import type { WallsSlice } from './slices/walls.js';

export type AppState = ConnectionSlice &
  SessionSlice &
  PageSlice &
  WallsSlice &
  LayoutsSlice &
  SeriesSlice &
  SamplesSlice &
  AlertsSlice &
  CamerasSlice &
  ConnectorsSlice;
