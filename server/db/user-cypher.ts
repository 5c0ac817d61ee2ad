// Runs Cypher that a person wrote or picked: EXPLAIN for the plan, then a READ transaction that is never committed.
import neo4j from 'neo4j-driver';
import type { Db, Row } from './run.ts';
import { toParams } from './params.ts';

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
 * The one place a query text is prefixed: a user's Cypher is a string by nature, and EXPLAIN
 * compiles it without running it, so nothing it says can execute here.
 */
export async function explain(db: Db, cypher: string, params: Record<string, unknown>): Promise<Explained> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, toParams(params) as Record<string, unknown>, { timeout: db.timeoutMs });
    return { queryType: result.summary.queryType ?? '', operators: flatten(result.summary.plan as PlanNode | false) };
  } finally {
    await session.close();
  }
}

export interface ReadResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/** READ access mode makes the server refuse any write (Neo.ClientError.Statement.AccessMode); we also roll back. */
export async function runReadOnly(db: Db, cypher: string, params: Record<string, unknown>, rowLimit: number): Promise<ReadResult> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const tx = await session.beginTransaction({ timeout: db.timeoutMs });
  try {
    const result = tx.run(cypher, toParams(params) as Record<string, unknown>);
    const rows: Row[] = [];
    let truncated = false;
    let columns: string[] = [];
    for await (const record of result) {
      if (rows.length === 0) columns = [...record.keys] as string[];
      if (rows.length >= rowLimit) {
        truncated = true;
        break;
      }
      rows.push(record.toObject() as Row);
    }
    if (rows.length === 0) columns = [...((await result.keys()) as string[])];
    return { columns, rows, truncated };
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}
