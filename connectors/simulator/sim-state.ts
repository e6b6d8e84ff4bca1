import type { AirState } from './air.js';
import type { AlertBook } from './alert-desk.js';
import type { DocumentsState } from './documents.js';
import type { DossiersState } from './dossiers.js';
import type { FieldReportsState } from './field-reports.js';
import type { InfosecState } from './infosec.js';
import type { SecurityState } from './security.js';
import type { TrafficState } from './traffic.js';

export interface ModelParams {
  seed: number;
  /** Multiplies the alert rate; 0 raises none. */
  alertRate: number;
  /** Province code (QĐ 19/2025/QĐ-TTg): decides "tỉnh" or "thành phố" in office names. */
  province: string;
}

/** Everything the simulator knows, as plain data: a step is a function of this and the time alone. */
export interface SimState {
  readonly params: ModelParams;
  /** Generator state, see createRng. */
  rng: number;
  /** Time of the last step. */
  t: number;
  /** Local day of the last step. */
  day: number;
  alerts: AlertBook;
  fieldReports: FieldReportsState;
  traffic: TrafficState;
  air: AirState;
  dossiers: DossiersState;
  documents: DocumentsState;
  security: SecurityState;
  infosec: InfosecState;
}
