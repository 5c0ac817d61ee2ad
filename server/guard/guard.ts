// Checks a user's query before it runs: within the input limits, one statement, and a plan that only reads and calls allowed procedures.
import type { Db } from '../db/run.ts';
import { explain } from '../db/user-cypher.ts';
import { checkPlan, singleStatement } from './rules.ts';
import { checkInputLimits } from './limits.ts';

/** `hold` receives the EXPLAIN's own end, for the caller's bounded slot (db/user-slots.ts). */
export async function guardQuery(db: Db, cypher: string, params: Record<string, unknown>, hold?: (done: Promise<unknown>) => void): Promise<string> {
  const statement = singleStatement(cypher);
  // Before anything reaches Neo4j: its parser overflows on deep nesting and never answers.
  checkInputLimits(statement, params);
  checkPlan(await explain(db, statement, params, hold));
  return statement;
}
