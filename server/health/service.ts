// Is the database there? Asked fresh each time, so health recovers by itself when Neo4j comes back.
import type { Health } from '../contract/health.ts';
import { readOnce, type Db } from '../db/run.ts';
import { errorCode } from '../db/errors.ts';

export async function checkHealth(db: Db): Promise<Health> {
  try {
    const [row] = await readOnce({ ...db, timeoutMs: 3_000 }, 'health');
    return { status: 'ok', database: { reachable: true, nodes: (row?.nodes as number) ?? 0 } };
  } catch (err) {
    return { status: 'unavailable', database: { reachable: false, reason: reasonFor(errorCode(err)) } };
  }
}

function reasonFor(code: string | undefined): string {
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'Neo4j is not answering on its Bolt port: is it running? (npm start starts a local one)';
  return `Neo4j answered with an error${code ? ` (${code})` : ''}: see the server log`;
}
