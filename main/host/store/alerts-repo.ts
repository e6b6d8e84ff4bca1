import type { Alert, AlertHistoryEntry, AlertInput, AlertStatus, Severity } from '../../../common/index.js';
import { alertInputSchema, severities } from '../../../common/index.js';
import type { Db } from './database.js';

interface AlertRow {
  id: string;
  source: string;
  source_ref: string;
  severity: Severity;
  category: string;
  title: string;
  description: string;
  location: string;
  status: AlertStatus;
  assignee: string | null;
  raised_at: number;
  updated_at: number;
}

function toAlert(r: AlertRow): Alert {
  return {
    id: r.id,
    source: r.source,
    sourceRef: r.source_ref,
    severity: r.severity,
    category: r.category,
    title: r.title,
    description: r.description,
    location: r.location,
    status: r.status,
    ...(r.assignee ? { assignee: r.assignee } : {}),
    raisedAt: r.raised_at,
    updatedAt: r.updated_at,
  };
}

export interface AlertsRepo {
  /** Raises a new alert, or updates the one with the same source and sourceRef (reopening it if resolved). */
  raise(source: string, input: AlertInput, at: number): Alert;
  get(id: string): Alert | undefined;
  list(statuses: AlertStatus[], minSeverity: Severity, limit: number): Alert[];
  transition(id: string, status: AlertStatus, actor: string, note: string, at: number, assignee?: string): Alert | undefined;
  history(id: string): AlertHistoryEntry[];
  deleteResolvedBefore(t: number): number;
}

export function createAlertsRepo(db: Db): AlertsRepo {
  const bySource = db.prepare<[string, string], AlertRow>('SELECT * FROM alerts WHERE source = ? AND source_ref = ?');
  const byId = db.prepare<[string], AlertRow>('SELECT * FROM alerts WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO alerts (id, source, source_ref, severity, category, title, description, location, status, raised_at, updated_at)
     VALUES ('pending', @source, @sourceRef, @severity, @category, @title, @description, @location, 'open', @raisedAt, @at)`,
  );
  const setId = db.prepare("UPDATE alerts SET id = 'al-' || n WHERE n = ?");
  const update = db.prepare(
    `UPDATE alerts SET severity = @severity, category = @category, title = @title, description = @description,
       location = @location, status = @status, updated_at = @at WHERE id = @id`,
  );
  const setStatus = db.prepare('UPDATE alerts SET status = ?, assignee = COALESCE(?, assignee), updated_at = ? WHERE id = ?');
  const addHistory = db.prepare('INSERT INTO alert_history (alert_id, at, action, actor, note) VALUES (?, ?, ?, ?, ?)');
  const historyStmt = db.prepare<[string], { alert_id: string; at: number; action: AlertHistoryEntry['action']; actor: string; note: string }>(
    'SELECT alert_id, at, action, actor, note FROM alert_history WHERE alert_id = ? ORDER BY seq',
  );
  const deleteOld = db.prepare("DELETE FROM alerts WHERE status = 'resolved' AND updated_at < ?");

  const raise = db.transaction((source: string, raw: AlertInput, at: number): Alert => {
    const input = alertInputSchema.parse(raw);
    const prev = bySource.get(source, input.sourceRef);
    if (!prev) {
      const info = insert.run({ source, ...input, at });
      setId.run(info.lastInsertRowid);
      const row = db.prepare<[number | bigint], AlertRow>('SELECT * FROM alerts WHERE n = ?').get(info.lastInsertRowid)!;
      addHistory.run(row.id, at, 'raised', source, '');
      return toAlert(row);
    }
    const status = prev.status === 'resolved' ? 'open' : prev.status;
    update.run({ id: prev.id, ...input, status, at });
    addHistory.run(prev.id, at, prev.status === 'resolved' ? 'raised' : 'updated', source, '');
    return toAlert(byId.get(prev.id)!);
  });

  const transition = db.transaction(
    (id: string, status: AlertStatus, actor: string, note: string, at: number, assignee?: string): Alert | undefined => {
      if (!byId.get(id)) return undefined;
      setStatus.run(status, assignee ?? null, at, id);
      const action = status === 'open' ? 'updated' : status;
      addHistory.run(id, at, action, actor, assignee ? `${assignee}${note ? ': ' + note : ''}` : note);
      return toAlert(byId.get(id)!);
    },
  );

  return {
    raise,
    get: (id) => {
      const r = byId.get(id);
      return r ? toAlert(r) : undefined;
    },
    list(statuses, minSeverity, limit) {
      const allowed = severities.slice(0, severities.indexOf(minSeverity) + 1);
      const sql = `SELECT * FROM alerts WHERE status IN (${statuses.map(() => '?').join(',')})
        AND severity IN (${allowed.map(() => '?').join(',')}) ORDER BY raised_at DESC, n DESC LIMIT ?`;
      return db.prepare<unknown[], AlertRow>(sql).all(...statuses, ...allowed, limit).map(toAlert);
    },
    transition,
    history: (id) => historyStmt.all(id).map((r) => ({ alertId: r.alert_id, at: r.at, action: r.action, actor: r.actor, note: r.note })),
    deleteResolvedBefore: (t) => deleteOld.run(t).changes,
  };
}
