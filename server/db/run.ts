// Runs named Cypher: reads with READ routing and a timeout, writes in one managed transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher-files.ts';
import { toParams } from './params.ts';
import { deadlineFor, withDeadline } from './deadline.ts';

export interface Db {
  driver: Driver;
  database?: string;
  timeoutMs: number;
}

/** One result row; node and relationship values go through db/mappers.ts before leaving a service. */
export type Row = Record<string, unknown>;

export async function readQuery(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  // Client-side deadline (issue 11, item 4): a paused Neo4j never sends the server-side timeout's answer.
  const { records } = await withDeadline(db.driver.executeQuery(cypher(name), toParams(params) as Record<string, unknown>, {
    routing: neo4j.routing.READ,
    database: db.database,
    transactionConfig: { timeout: db.timeoutMs },
  }), deadlineFor(db.timeoutMs));
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
  let expired = false;
  try {
    const run = session.run(cypher(name), toParams(params) as Record<string, unknown>, { timeout: db.timeoutMs });
    const result = await withDeadline(Promise.resolve(run), deadlineFor(db.timeoutMs), () => { expired = true; return session.close(); });
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    // After the deadline the session is closed in the background: awaiting it would wait on the silent socket.
    if (!expired) await session.close();
  }
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
