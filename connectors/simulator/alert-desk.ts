import type { AlertInput } from '../../common/schemas/alert.js';
import type { Rng } from '../sdk/rng.js';

/** Alerts the simulator has raised and may still update, by the model's own key ("traffic:le-loi"). */
export interface AlertBook {
  /** Numbers the sourceRefs: sim-1, sim-2, … */
  seq: number;
  open: Record<string, { ref: string; raisedAt: number; touchedAt: number }>;
}

export type AlertDraft = Required<Pick<AlertInput, 'severity' | 'category' | 'title' | 'description' | 'location'>>;

export interface AlertDesk {
  /** Always raises: for the background stream, whose rate already follows alertRate. */
  raise(key: string | null, draft: AlertDraft): void;
  /**
   * For an event of the model (a corridor passing 80, a report going overdue): raises with probability
   * alertRate (capped at 1), and always re-sends an alert that is already open under the key.
   */
  onEvent(key: string | null, draft: AlertDraft): void;
  isOpen(key: string): boolean;
  /** Simulated time the alert under key was last sent. */
  touchedAt(key: string): number | undefined;
  /** The source stopped tracking it: a later event under the same key raises a new alert. */
  forget(key: string): void;
  /** Drops every key for which keep() is false, so the book does not grow without end. */
  prune(keep: (key: string) => boolean): void;
  readonly raised: AlertInput[];
}

export function createAlertDesk(book: AlertBook, rng: Rng, alertRate: number, t: number): AlertDesk {
  const raised: AlertInput[] = [];
  const raise = (key: string | null, draft: AlertDraft): void => {
    const known = key === null ? undefined : book.open[key];
    if (known) {
      known.touchedAt = t;
      raised.push({ ...draft, sourceRef: known.ref, raisedAt: known.raisedAt });
      return;
    }
    book.seq += 1;
    const ref = `sim-${book.seq}`;
    if (key !== null) book.open[key] = { ref, raisedAt: t, touchedAt: t };
    raised.push({ ...draft, sourceRef: ref, raisedAt: t });
  };
  return {
    raise,
    onEvent(key, draft) {
      if ((key !== null && book.open[key]) || (alertRate > 0 && rng.chance(Math.min(1, alertRate)))) raise(key, draft);
    },
    isOpen: (key) => book.open[key] !== undefined,
    touchedAt: (key) => book.open[key]?.touchedAt,
    forget(key) {
      delete book.open[key];
    },
    prune(keep) {
      for (const key of Object.keys(book.open)) if (!keep(key)) delete book.open[key];
    },
    raised,
  };
}
