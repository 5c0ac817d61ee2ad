// The team store: accounts, sessions, guest links, the audit trail and proposals. It is an embedded SQLite file
// (better-sqlite3), kept apart from the graph on purpose: users' Cypher reads only Neo4j, so no query can return a
// password hash, a session token or an e-mail, and proposals stay invisible until a reviewer approves them.
// SQLite because it installs from npm alone (prebuilt binaries), is transactional (WAL, synchronous=FULL) so a crash
// leaves the old state or the new, and is fast enough for an audit feed of many thousand changes.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type TeamStore = Database.Database;

/** One .sql file per concept (accounts, audit, xref...), applied once each, in file-name order. */
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Opens (creating if need be) the store at `file`, or in memory for ':memory:', and applies pending migrations. */
export function openTeamStore(file: string): TeamStore {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: TeamStore): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT name FROM migrations').all() as { name: string }[]).map((r) => r.name));
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
  for (const name of files) {
    if (done.has(name)) continue;
    const sql = readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8');
    // All or nothing: a migration cut short by a crash is applied again whole at the next start.
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
    })();
  }
}
