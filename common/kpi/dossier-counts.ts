import type { Dossier } from '../schemas/dossier.js';
import type { Period } from './period.js';
import { inPeriod } from './period.js';
import { countsAsOnline } from './index-766/online-services.js';
import { assess } from './index-766/timeliness.js';

/** The dossier statistics portals publish (domain.md 1.2), for one agency or the province. */
export interface DossierCounts {
  /** NgayTiepNhan in the period. */
  received: number;
  /** Ended as Đã xử lý xong or Đã trả kết quả. */
  completed: number;
  completedOnTime: number;
  completedLate: number;
  /** No end status yet, carried-over dossiers included. */
  inProgress: number;
  inProgressOverdue: number;
  /** Ended as Không được tiếp nhận, Công dân yêu cầu rút hồ sơ or Dừng xử lý (3, 7, 8). */
  returnedOrWithdrawn: number;
  /** Received in the period and online as 3.3 counts them: KenhThucHien = 2, with an electronic result if a paper one is issued. */
  online: number;
}

/**
 * The period as far as it has happened: a running month is counted up to `now`, so a dossier due
 * later this month is not yet overdue. A closed period is the whole period.
 */
export function elapsed(period: Period, now: number): Period {
  return { from: period.from, to: Math.min(period.to, now) };
}

/**
 * Counts of the dossiers handled in the elapsed period. On time and overdue follow 2.1 ([S2c]):
 * supplement time is subtracted and a second supplement request is late, so completedOnTime +
 * on-time in-progress + on-time refusals is the 2.1 numerator.
 */
export function dossierCounts(dossiers: readonly Dossier[], period: Period, now: number): DossierCounts {
  const window = elapsed(period, now);
  const c: DossierCounts = {
    received: 0,
    completed: 0,
    completedOnTime: 0,
    completedLate: 0,
    inProgress: 0,
    inProgressOverdue: 0,
    returnedOrWithdrawn: 0,
    online: 0,
  };
  for (const d of dossiers) {
    if (inPeriod(d.receivedAt, window)) {
      c.received += 1;
      if (countsAsOnline(d)) c.online += 1;
    }
    const a = assess(d, window);
    if (!a) continue;
    if (!a.end) {
      c.inProgress += 1;
      if (!a.onTime) c.inProgressOverdue += 1;
    } else if (a.end.status === 9 || a.end.status === 10) {
      c.completed += 1;
      if (a.onTime) c.completedOnTime += 1;
      else c.completedLate += 1;
    } else {
      c.returnedOrWithdrawn += 1;
    }
  }
  return c;
}
