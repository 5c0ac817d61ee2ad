-- The store's own settings (key/value), e.g. whether review is on by default.
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
