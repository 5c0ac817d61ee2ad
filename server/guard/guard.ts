// Checks a user's query before it runs: one statement, and a plan that only reads and calls allowed procedures.
import type { Db } from '../db/run.ts';
import { explain } from '../db/user-cypher.ts';
import { checkPlan, singleStatement } from './rules.ts';

export async function guardQuery(db: Db, cypher: string, params: Record<string, unknown>): Promise<string> {
  const statement = singleStatement(cypher);
  checkPlan(await explain(db, statement, params));
  return statement;
}
