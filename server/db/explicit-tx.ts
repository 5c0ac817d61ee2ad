// One explicit write transaction whose caller decides, at the end, to commit or roll back: edits need both (a dry run
// computes a proposal's diff and rolls back; an applied edit writes its audit record between the graph's work and
// the graph's commit). Queries are named cypher/ files; rows come back as plain JSON (queries return maps, not nodes).
import neo4j from 'neo4j-driver';
import { cypher } from './cypher-files.ts';
import { toParams } from './params.ts';
import { isDate, isDateTime, isLocalDateTime } from 'neo4j-driver';
import { settleReadGuard, type Db, type Row } from './run.ts';

export interface TxRunner {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/** Temporal values as ISO text, so nothing past this file sees a driver type. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object') {
    if (isDateTime(value) || isDate(value) || isLocalDateTime(value)) return String(value);
    if (Array.isArray(value)) return value.map(plain);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * Runs `work` in one transaction. `beforeCommit` runs after `work` succeeded and before the commit; `commit: false`
 * rolls everything back after it. Any throw rolls back. No automatic retry: an edit is re-checked by its versions instead.
 */
export async function inExplicitTransaction<T>(db: Db, work: (tx: TxRunner) => Promise<T>,
  { commit = true, beforeCommit }: { commit?: boolean; beforeCommit?: (result: T) => void } = {}): Promise<T> {
  await settleReadGuard(db);
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: db.timeoutMs });
  try {
    const result = await work({
      async run(name, params = {}) {
        const res = await tx.run(cypher(name), toParams(params) as Record<string, unknown>);
        return res.records.map((r) => plain(r.toObject()) as Row);
      },
    });
    beforeCommit?.(result);
    if (commit) await tx.commit();
    else await tx.rollback();
    return result;
  } catch (err) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw err;
  } finally {
    await session.close();
  }
}
