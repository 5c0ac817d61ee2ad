// Checks a user's query before it runs: within the input limits, one statement, and a plan that only reads and calls allowed procedures.
import type { Db } from '../db/run.ts';
import { explain } from '../db/user-cypher.ts';
import { checkPlan, singleStatement } from './rules.ts';
import { checkInputLimits } from './limits.ts';
import type { PassedPlans } from './passed-plans.ts';

/**
 * `hold` receives the EXPLAIN's own end, for the caller's bounded slot (db/user-slots.ts). With `passed`, a statement
 * whose plan passed before skips its EXPLAIN (why that is sound: passed-plans.ts); the input limits, which depend on
 * the parameters, are checked every time.
 */
export async function guardQuery(db: Db, cypher: string, params: Record<string, unknown>, hold?: (done: Promise<unknown>) => void, passed?: PassedPlans): Promise<string> {
  const statement = singleStatement(cypher);
  // Before anything reaches Neo4j: its parser overflows on deep nesting and never answers.
  checkInputLimits(statement, params);
  if (passed?.has(statement)) return statement;
  checkPlan(await explain(db, statement, params, hold));
  passed?.add(statement);
  return statement;
}
