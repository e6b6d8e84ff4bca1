import type { Alert } from '../../../common/index.js';

/** Handed to cell renderers through the grid's context: the console's actions on a row. */
export interface AlertGridContext {
  acknowledge(alert: Alert): void;
  askAssignee(alert: Alert): void;
  resolve(alert: Alert): void;
}
