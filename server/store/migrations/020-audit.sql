-- The audit trail (issue 12, server/audit/): one row per change, one per element it touched. Append-only: no route
-- updates or deletes a published record. The status column moves only applying -> applied|failed (crash-safety
-- across the two stores, see server/audit/reconcile.ts) and proposed -> applying|rejected (the review decision,
-- recorded with who and when).
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  dataset TEXT NOT NULL,
  comment TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('applying', 'applied', 'proposed', 'rejected', 'failed')),
  -- The ChangeSet's ops as sent: what an approval applies.
  ops TEXT NOT NULL,
  reviewed_by TEXT,
  reviewed_by_name TEXT,
  reviewed_at TEXT,
  review_comment TEXT,
  reverts_change_id TEXT REFERENCES changes(id)
);
CREATE INDEX IF NOT EXISTS changes_status ON changes (status, seq);
CREATE INDEX IF NOT EXISTS changes_actor ON changes (actor_id, seq);
CREATE INDEX IF NOT EXISTS changes_dataset ON changes (dataset, seq);
CREATE INDEX IF NOT EXISTS changes_at ON changes (at);

CREATE TABLE IF NOT EXISTS change_items (
  change_id TEXT NOT NULL REFERENCES changes(id),
  position INTEGER NOT NULL,
  element_kind TEXT NOT NULL,
  element_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  before TEXT,
  after TEXT,
  PRIMARY KEY (change_id, position)
);
CREATE INDEX IF NOT EXISTS change_items_element ON change_items (element_id, change_id);

-- Four-eyes review per dataset, as an admin set it; a dataset without a row takes the default.
CREATE TABLE IF NOT EXISTS review_settings (
  dataset TEXT PRIMARY KEY,
  review_on INTEGER NOT NULL,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);

-- No published record is ever rewritten: once applied, rejected or failed, a change stays as it is.
CREATE TRIGGER IF NOT EXISTS changes_append_only BEFORE UPDATE ON changes
WHEN OLD.status IN ('applied', 'rejected', 'failed')
BEGIN SELECT RAISE(ABORT, 'audit: a recorded change cannot be altered'); END;
CREATE TRIGGER IF NOT EXISTS changes_no_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'audit: a recorded change cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS change_items_no_delete BEFORE DELETE ON change_items
BEGIN SELECT RAISE(ABORT, 'audit: a recorded change cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS change_items_no_update BEFORE UPDATE ON change_items
BEGIN SELECT RAISE(ABORT, 'audit: a recorded change cannot be altered'); END;
