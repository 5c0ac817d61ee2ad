// Runs named Cypher: reads with READ routing and a timeout, writes in one managed transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher-files.ts';
import { toParams } from './params.ts';
import { withDeadline } from './deadline.ts';

export interface Db {
  driver: Driver;
  database?: string;
  timeoutMs: number;
}

/** One result row; node and relationship values go through db/mappers.ts before leaving a service. */
export type Row = Record<string, unknown>;

/**
 * Past the server's own timeout, a read waits this much more, then the client ends it: longer than the driver's
 * retries (5 s, db/driver.ts), so the driver's own error (the real reason) comes first when there is one; the
 * deadline is for a database that never answers.
 */
const CLIENT_GRACE_MS = 6_000;

/** Every read has a deadline on the whole call (retries and connection acquisition included), not just on the server. */
export async function readQuery(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const { records } = await withDeadline(`the ${name} query`, db.timeoutMs + CLIENT_GRACE_MS, (signal) =>
    db.driver.executeQuery(cypher(name), toParams(params) as Record<string, unknown>, {
      routing: neo4j.routing.READ,
      database: db.database,
      transactionConfig: { timeout: db.timeoutMs },
      signal,
    }));
  return records.map((r) => r.toObject() as Row);
}

/** Everything `work` does commits together or not at all. */
export async function inWriteTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

export async function writeQuery(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const { records } = await db.driver.executeQuery(cypher(name), toParams(params) as Record<string, unknown>, { routing: neo4j.routing.WRITE, database: db.database });
  return records.map((r) => r.toObject() as Row);
}

/** One attempt, no retries: for probes such as /api/health that must answer fast while the database is away. */
export async function readOnce(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const closed = () => void session.close().catch(() => {});
  return withDeadline(`the ${name} query`, db.timeoutMs + CLIENT_GRACE_MS, async () => {
    try {
      const result = await session.run(cypher(name), toParams(params) as Record<string, unknown>, { timeout: db.timeoutMs });
      return result.records.map((r) => r.toObject() as Row);
    } finally {
      await session.close();
    }
  }, closed);
}

/** An auto-commit write, for statements that manage their own transactions (CALL … IN TRANSACTIONS). */
export async function writeAutoCommit(db: Db, name: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(cypher(name), toParams(params) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** A write whose result `check` inspects before commit: throwing there rolls the whole statement back. */
export async function writeQueryChecked(db: Db, name: string, params: Record<string, unknown>, check: (rows: Row[]) => void): Promise<void> {
  await inWriteTransaction(db, async (tx) => {
    const result = await tx.run(cypher(name), toParams(params) as Record<string, unknown>);
    check(result.records.map((r) => r.toObject() as Row));
  });
}
