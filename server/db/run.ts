// Runs named Cypher: reads with READ routing and a timeout, writes in one managed transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher-files.ts';
import { toParams } from './params.ts';
import { withDeadline } from './deadline.ts';
import type { UserCypherLimits } from './user-cypher.ts';
import { currentGuard, takeGuard, type ReadGuard } from './read-guard.ts';

export interface Db {
  driver: Driver;
  database?: string;
  timeoutMs: number;
  /** A write's deadline (one batch, one run record, one edit); omitted means DEFAULT_WRITE_TIMEOUT_MS. */
  writeTimeoutMs?: number;
  /** Set by the app: user Cypher's bounded concurrency and result cap (db/user-cypher.ts). */
  userCypher?: UserCypherLimits;
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
  const pending = currentGuard();
  const taken = pending && takeGuard(pending);
  if (!taken) {
    const rows = await plainRead(db, name, params);
    // Another call of this request runs the check: its rows are this request's only once the check has passed.
    await pending?.outcome;
    return rows;
  }
  return readBehindGuard(db, pending.guard, taken, name, params);
}

async function plainRead(db: Db, name: string, params: Record<string, unknown>): Promise<Row[]> {
  const { records } = await withDeadline(`the ${name} query`, db.timeoutMs + CLIENT_GRACE_MS, (signal) =>
    db.driver.executeQuery(cypher(name), toParams(params) as Record<string, unknown>, {
      routing: neo4j.routing.READ,
      database: db.database,
      transactionConfig: { timeout: db.timeoutMs },
      signal,
    }));
  return records.map((r) => r.toObject() as Row);
}

/** The guard and the read in one transaction, sent together (one round trip); the read's rows only after the check. */
async function readBehindGuard(db: Db, guard: ReadGuard, taken: NonNullable<ReturnType<typeof takeGuard>>, name: string, params: Record<string, unknown>): Promise<Row[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const closed = () => void session.close().catch(() => {});
  try {
    return await withDeadline(`the ${name} query`, db.timeoutMs + CLIENT_GRACE_MS, async () => {
      try {
        return await session.executeRead(async (tx) => {
          const checked = tx.run(cypher(guard.query), toParams(guard.params) as Record<string, unknown>);
          const read = tx.run(cypher(name), toParams(params) as Record<string, unknown>);
          // Awaited below once the check has passed; this only keeps a failure meanwhile from counting as unhandled.
          read.catch(() => {});
          guard.check((await checked).records.map((r) => r.toObject() as Row));
          taken.resolve();
          return (await read).records.map((r) => r.toObject() as Row);
        }, { timeout: db.timeoutMs });
      } finally {
        await session.close();
      }
    }, closed);
  } catch (err) {
    // A no-op when the check had passed and the read failed after it.
    taken.reject(err);
    throw err;
  }
}

/**
 * Before anything but a plain read runs under a request's guard: the check, on its own when no read took it yet,
 * else the outcome of the read that did.
 */
export async function settleReadGuard(db: Db): Promise<void> {
  const pending = currentGuard();
  if (!pending) return;
  const taken = takeGuard(pending);
  if (!taken) return pending.outcome;
  try {
    pending.guard.check(await plainRead(db, pending.guard.query, pending.guard.params));
    taken.resolve();
  } catch (err) {
    taken.reject(err);
    throw err;
  }
}

/**
 * Writes are batched (an import commits 10,000 rows at a time), so one write is short; two minutes is far past any
 * batch measured here at 100k, and still ends a write to a database that stopped answering.
 */
export const DEFAULT_WRITE_TIMEOUT_MS = 120_000;

const writeTimeout = (db: Db) => db.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;

/**
 * Everything `work` does commits together or not at all, within the write deadline: the server's transaction
 * timeout, and on the client the whole call. Past it the caller gets DeadlineError; the transaction is never
 * committed by the client after that (the session is closed), so the database keeps the old state or the new.
 */
export async function inWriteTransaction<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  await settleReadGuard(db);
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const closed = () => void session.close().catch(() => {});
  return withDeadline('a write', writeTimeout(db) + CLIENT_GRACE_MS, async () => {
    try {
      return await session.executeWrite(work, { timeout: writeTimeout(db) });
    } finally {
      await session.close();
    }
  }, closed);
}

export async function writeQuery(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  await settleReadGuard(db);
  const { records } = await withDeadline(`the ${name} write`, writeTimeout(db) + CLIENT_GRACE_MS, (signal) =>
    db.driver.executeQuery(cypher(name), toParams(params) as Record<string, unknown>, {
      routing: neo4j.routing.WRITE, database: db.database, transactionConfig: { timeout: writeTimeout(db) }, signal,
    }));
  return records.map((r) => r.toObject() as Row);
}

/** One attempt, no retries: for probes such as /api/health that must answer fast while the database is away. */
export async function readOnce(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  await settleReadGuard(db);
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

/**
 * An auto-commit write, for statements that manage their own transactions (CALL … IN TRANSACTIONS). Each inner
 * transaction commits on its own, so the deadline (the write deadline, on the whole call) can only stop the rest.
 */
export async function writeAutoCommit(db: Db, name: string, params: Record<string, unknown> = {}): Promise<void> {
  await settleReadGuard(db);
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const closed = () => void session.close().catch(() => {});
  await withDeadline(`the ${name} write`, writeTimeout(db) + CLIENT_GRACE_MS, async () => {
    try {
      await session.run(cypher(name), toParams(params) as Record<string, unknown>, { timeout: writeTimeout(db) });
    } finally {
      await session.close();
    }
  }, closed);
}
