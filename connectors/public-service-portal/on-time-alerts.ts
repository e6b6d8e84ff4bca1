import type { AgencySummary } from '../../common/kpi/by-agency.js';
import type { AlertInput } from '../../common/schemas/alert.js';
import { localDate } from './local-time.js';

/** Below this 2.1 rate an agency is flagged; [S2c] publishes no threshold for 2.1, so it is the IOC's choice. */
export const ON_TIME_THRESHOLD = 90;

/** One alert per agency and local day: raising it again the same day updates the same alert. */
export const onTimeRef = (agencyCode: string, t: number): string => `on-time:${localDate(t)}:${agencyCode}`.slice(0, 200);

/** "85,71": Vietnamese writes a decimal comma. */
const percent = (rate: number): string => String(rate).replace('.', ',');

export function onTimeAlert(row: AgencySummary & { onTimeRate: number }, now: number): AlertInput {
  return {
    sourceRef: onTimeRef(row.agencyCode, now),
    severity: 'minor',
    category: 'dossier',
    title: `Tỷ lệ hồ sơ đúng hạn của ${row.agencyName} xuống ${percent(row.onTimeRate)}%`.slice(0, 300),
    description:
      `Chỉ số 2.1 của ${row.agencyName} (${row.agencyCode}) là ${percent(row.onTimeRate)}%, dưới ngưỡng ${ON_TIME_THRESHOLD}%: ` +
      `${row.completedOnTime} hồ sơ giải quyết đúng hạn, ${row.completedLate} quá hạn; ` +
      `${row.inProgress} hồ sơ đang giải quyết, trong đó ${row.inProgressOverdue} đã quá hạn.`,
    location: row.agencyName,
    raisedAt: now,
  };
}

export interface AlertPass {
  alerts: AlertInput[];
  /** sourceRefs raised today, the next pass's input. */
  raised: Set<string>;
}

/**
 * Raises the on-time alert of each agency below the threshold, at most once per local day, so the wall is not
 * flooded at every poll. Pure: yesterday's refs are dropped from the set it returns.
 */
export function onTimePass(rows: readonly AgencySummary[], raised: ReadonlySet<string>, now: number): AlertPass {
  const today = `on-time:${localDate(now)}:`;
  const next = new Set([...raised].filter((ref) => ref.startsWith(today)));
  const alerts: AlertInput[] = [];
  for (const row of rows) {
    const rate = row.onTimeRate;
    if (rate === null || rate >= ON_TIME_THRESHOLD) continue;
    const ref = onTimeRef(row.agencyCode, now);
    if (next.has(ref)) continue;
    next.add(ref);
    alerts.push(onTimeAlert({ ...row, onTimeRate: rate }, now));
  }
  return { alerts, raised: next };
}
