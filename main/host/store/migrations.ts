/**
 * Versioned schema migrations. Append only: a shipped migration is never edited, since wall PCs
 * upgrade from any earlier version with their data in place.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE layouts (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('file', 'api')),
    file_hash TEXT,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE layout_versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (id, version)
  );
  CREATE TABLE walls (id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE cameras (id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE connector_instances (id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE connector_health (instance_id TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE series (id TEXT PRIMARY KEY, body TEXT NOT NULL);
  CREATE TABLE samples (
    series_id TEXT NOT NULL,
    t INTEGER NOT NULL,
    v REAL NOT NULL,
    PRIMARY KEY (series_id, t)
  ) WITHOUT ROWID;
  CREATE INDEX samples_by_time ON samples (t);
  CREATE TABLE alerts (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    source_ref TEXT NOT NULL,
    severity TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    location TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee TEXT,
    raised_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (source, source_ref)
  );
  CREATE INDEX alerts_by_status ON alerts (status, raised_at);
  CREATE TABLE alert_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL
  );
  CREATE INDEX alert_history_by_alert ON alert_history (alert_id, seq);
  CREATE TABLE records (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, id)
  );
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    result TEXT NOT NULL,
    detail TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE INDEX audit_by_time ON audit (at);
  CREATE TABLE credentials (
    label TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    wall_id TEXT,
    display_id TEXT,
    created_at INTEGER NOT NULL
  );
  `,
  // 2: where each connector instance's incremental sync got to, so a restart resumes instead of re-reading months.
  `
  CREATE TABLE connector_cursors (
    instance_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (instance_id, key)
  ) WITHOUT ROWID;
  `,
  // 3: cameras added through the API, apart from the configuration file's; the password sealed with AES-256-GCM.
  `
  CREATE TABLE api_cameras (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    username TEXT,
    password_sealed TEXT,
    updated_at INTEGER NOT NULL
  );
  `,
  // 4: what a records list sorts and filters by, read from each record's data by common/records/record-facts.ts,
  // so the host orders and counts thousands of records with an index instead of sending them all to each tile.
  `
  ALTER TABLE records ADD COLUMN facts_version INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE records ADD COLUMN open INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE records ADD COLUMN due_at INTEGER;
  ALTER TABLE records ADD COLUMN status TEXT;
  ALTER TABLE records ADD COLUMN status_label TEXT;
  ALTER TABLE records ADD COLUMN category TEXT;
  ALTER TABLE records ADD COLUMN category_label TEXT;
  ALTER TABLE records ADD COLUMN place TEXT;
  ALTER TABLE records ADD COLUMN place_label TEXT;
  ALTER TABLE records ADD COLUMN search TEXT NOT NULL DEFAULT '';
  CREATE INDEX records_running ON records (kind, open, due_at, id);
  CREATE INDEX records_by_update ON records (kind, updated_at);
  CREATE INDEX records_by_source ON records (kind, source);
  `,
];
