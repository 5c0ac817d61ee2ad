-- Cross-referencing (issue 13). Candidates are recomputed per dataset (POST /api/xref/run, and after an import);
-- decisions are append-only: the latest one on a pair is current, the earlier ones are its history.
-- xref_decisions is shaped for the audit trail (changes + change_items) to adopt: a row is one change (actor_id,
-- actor_name, at, comment = why) with one item (the pair, before -> decision).
CREATE TABLE IF NOT EXISTS xref_runs (
  dataset TEXT PRIMARY KEY,
  computed_at TEXT NOT NULL,
  compared_dataset INTEGER NOT NULL,
  compared_others INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS xref_candidates (
  dataset TEXT NOT NULL,
  left_id TEXT NOT NULL,
  right_id TEXT NOT NULL,
  score REAL NOT NULL,
  reasons_json TEXT NOT NULL,
  PRIMARY KEY (dataset, left_id, right_id)
);
CREATE INDEX IF NOT EXISTS xref_candidates_score ON xref_candidates (dataset, score DESC);
CREATE TABLE IF NOT EXISTS xref_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- The pair in id order, so a decision reads the same from either side.
  left_id TEXT NOT NULL,
  right_id TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('same', 'different', 'unsure')),
  before TEXT CHECK (before IN ('same', 'different', 'unsure')),
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  at TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX IF NOT EXISTS xref_decisions_pair ON xref_decisions (left_id, right_id, id);
