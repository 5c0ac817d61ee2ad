// Applies cypher/schema.cypher. Every statement is IF NOT EXISTS, so this runs safely at each start.
import { cypherStatements } from '../db/cypher-files.ts';
import { DEFAULT_WRITE_TIMEOUT_MS, type Db } from '../db/run.ts';

export async function applySchema(db: Db): Promise<number> {
  const statements = cypherStatements('schema');
  for (const statement of statements) {
    // Schema commands can't share a transaction with each other, so each goes alone.
    await db.driver.executeQuery(statement, {}, { database: db.database, signal: AbortSignal.timeout(db.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS) });
  }
  return statements.length;
}
