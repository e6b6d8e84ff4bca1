import { severities, type Alert, type Severity, type TileOptions } from '../../../common/index.js';

/** 0 for critical, larger for milder: sorts and compares severities. */
export const severityRank = (s: Severity): number => severities.indexOf(s);

export type AlertFilter = Pick<TileOptions<'alert-grid'>, 'minSeverity' | 'categories' | 'includeResolved' | 'maxRows'>;

/** The alerts a grid shows: at least minSeverity, in the listed categories (all when none), newest first, at most maxRows. */
export function filterAlerts(alerts: Iterable<Alert>, f: AlertFilter): Alert[] {
  const maxRank = severityRank(f.minSeverity);
  const categories = new Set(f.categories);
  const out: Alert[] = [];
  for (const a of alerts) {
    if (severityRank(a.severity) > maxRank) continue;
    if (categories.size > 0 && !categories.has(a.category)) continue;
    if (!f.includeResolved && a.status === 'resolved') continue;
    out.push(a);
  }
  out.sort((a, b) => b.raisedAt - a.raisedAt || a.id.localeCompare(b.id));
  return out.slice(0, f.maxRows);
}
