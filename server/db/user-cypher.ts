// Runs Cypher that a person wrote or picked: EXPLAIN for the plan, then a READ transaction that is never committed.
// Each call has a deadline, runs in a bounded slot when the app gives it one, and its result is capped in bytes.
import neo4j, { type Session } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { settleReadGuard, type Db, type Row } from './run.ts';
import { toParams } from './params.ts';
import { cypher as named } from './cypher-files.ts';
import { DeadlineError, withDeadline } from './deadline.ts';
import { recordBytes } from './result-size.ts';
import type { UserSlots } from './user-slots.ts';

export interface PlanOperator {
  /** Neo4j's operator name without the `@database` suffix, e.g. ProcedureCall, LoadCSV. */
  type: string;
  details: string;
}

export interface Explained {
  /** r: read, rw: read-write, w: write, s: schema or administration. */
  queryType: string;
  operators: PlanOperator[];
}

/** What the app sets for user Cypher; without it (scripts, benches) calls run unslotted with the default cap. */
export interface UserCypherLimits {
  slots: UserSlots;
  maxResultBytes: number;
}

export const DEFAULT_MAX_RESULT_BYTES = 16 * 2 ** 20;
/** Records per pull: small, so rows of 128 KiB are never buffered by the thousand. */
const FETCH_SIZE = 50;
/** Past the server's own timeout, the client waits this much for its answer before ending the call itself. */
const GRACE_MS = 1_000;

interface PlanNode { operatorType: string; arguments?: Record<string, unknown>; children?: PlanNode[] }

function flatten(plan: PlanNode | false | undefined): PlanOperator[] {
  if (!plan) return [];
  const details = plan.arguments?.Details;
  return [
    { type: plan.operatorType.split('@')[0]!, details: typeof details === 'string' ? details : '' },
    ...(plan.children ?? []).flatMap(flatten),
  ];
}

/**
 * One user call in a READ session tagged with a run id: on the deadline the caller is answered at once, the
 * transaction is terminated from the server's own connection, and the session closed behind it.
 */
async function userCall<T>(db: Db, what: string, hold: (done: Promise<unknown>) => void, work: (session: Session, metadata: Record<string, string>) => Promise<T>): Promise<T> {
  await settleReadGuard(db);
  const run = randomUUID();
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  const ended = () => void terminateRun(db, run).finally(() => session.close().catch(() => {}));
  return withDeadline(what, db.timeoutMs + GRACE_MS, async () => {
    try {
      return await work(session, { scamgraphRun: run });
    } finally {
      await session.close().catch(() => {});
    }
  }, ended, hold);
}

/** Best effort: Neo4j ends the transaction at its next check; work inside one row runs on, but in its slot. */
async function terminateRun(db: Db, run: string): Promise<void> {
  try {
    const found = await db.driver.executeQuery(named('user-transactions'), { run }, { database: db.database, signal: AbortSignal.timeout(5_000) });
    const ids = found.records.map((r) => r.get('transactionId') as string);
    if (ids.length > 0) await db.driver.executeQuery(named('terminate-transactions'), { ids }, { database: db.database, signal: AbortSignal.timeout(5_000) });
  } catch {
    // The database may be the reason for the deadline; the session close still frees the connection.
  }
}

/** Runs `work` in a slot of the app's bounded concurrency, or directly when there is none. */
export function inUserSlot<T>(db: Db, work: (hold: (done: Promise<unknown>) => void) => Promise<T>): Promise<T> {
  return db.userCypher ? db.userCypher.slots.run(work) : work(() => {});
}

/**
 * The one place a query text is prefixed: a user's Cypher is a string by nature, and EXPLAIN
 * compiles it without running it, so nothing it says can execute here.
 */
export function explain(db: Db, cypher: string, params: Record<string, unknown>, hold: (done: Promise<unknown>) => void = () => {}): Promise<Explained> {
  return userCall(db, 'checking the query', hold, async (session, metadata) => {
    const result = await session.run(`EXPLAIN ${cypher}`, toParams(params) as Record<string, unknown>, { timeout: db.timeoutMs, metadata });
    return { queryType: result.summary.queryType ?? '', operators: flatten(result.summary.plan as PlanNode | false) };
  });
}

export interface ReadResult {
  columns: string[];
  rows: Row[];
  /** More rows existed than were returned: `rows` when rowLimit stopped it, `bytes` when the size cap did. */
  truncated: boolean;
  truncatedBy?: 'rows' | 'bytes';
}

/** READ access mode makes the server refuse any write (Neo.ClientError.Statement.AccessMode); we also roll back. */
export function runReadOnly(db: Db, cypher: string, params: Record<string, unknown>, rowLimit: number, hold: (done: Promise<unknown>) => void = () => {}): Promise<ReadResult> {
  const maxBytes = db.userCypher?.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES;
  return userCall(db, 'the query', hold, async (session, metadata) => {
    const tx = await session.beginTransaction({ timeout: db.timeoutMs, metadata });
    try {
      const result = tx.run(cypher, toParams(params) as Record<string, unknown>);
      const rows: Row[] = [];
      let truncatedBy: ReadResult['truncatedBy'];
      let columns: string[] = [];
      let bytes = 0;
      for await (const record of result) {
        if (rows.length === 0) columns = [...record.keys] as string[];
        if (rows.length >= rowLimit) {
          truncatedBy = 'rows';
          break;
        }
        // The row that would pass the cap is left out: what is returned stays within it.
        bytes += recordBytes(record.toObject());
        if (bytes > maxBytes) {
          truncatedBy = 'bytes';
          break;
        }
        rows.push(record.toObject() as Row);
      }
      if (rows.length === 0 && !truncatedBy) columns = [...((await result.keys()) as string[])];
      return { columns, rows, truncated: truncatedBy !== undefined, truncatedBy };
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
    }
  });
}

export { DeadlineError };
