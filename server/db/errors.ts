// Recognises driver failures by Neo4jError.code, never by message text (one exception below, named why).
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Our own client-side deadline passed with no answer from Neo4j (paused, swapped out, or its socket silent).
 * Distinct from TIMEOUT above: there Neo4j answered that the query ran too long, here it never answered at all.
 */
export class DatabaseDeadlineError extends Error {
  readonly code = 'db_deadline';
  constructor(readonly ms: number) {
    super(`the database did not answer within ${seconds(ms)}`);
  }
}

function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} s`;
}

/**
 * The driver's pool raises this one with the generic code 'N/A' (neo4j-driver-core pool.getAcquisitionTimeoutError),
 * so its message is the only mark it has; the prefix has been stable since driver 4.
 */
export function isAcquisitionTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === 'N/A' && err.message.startsWith('Connection acquisition timed out');
}

export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseDeadlineError) return true;
  return (err instanceof Neo4jError && UNAVAILABLE.has(err.code)) || isAcquisitionTimeout(err);
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && TIMEOUT.has(err.code);
}

export function errorCode(err: unknown): string | undefined {
  return err instanceof Neo4jError ? err.code : undefined;
}

/** What actually went wrong, for the 503's detail and for /api/health; undefined when it is not an outage. */
export function unavailableReason(err: unknown): string | undefined {
  if (err instanceof DatabaseDeadlineError) return `${err.message}: Neo4j may be paused or overloaded`;
  if (isAcquisitionTimeout(err)) {
    const ms = /timed out in (\d+) ms/.exec((err as Error).message)?.[1];
    return `no database connection became free${ms ? ` within ${seconds(Number(ms))}` : ''}: Neo4j is not answering the queries already sent to it`;
  }
  const code = errorCode(err);
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD';
  if (code === 'Neo.TransientError.General.DatabaseUnavailable') return 'Neo4j is up but its database is not available yet (starting or stopping)';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'Neo4j is not answering on its Bolt port: is it running? (npm start starts a local one)';
  return undefined;
}

/** A problem with the query a person wrote (syntax, parameters, types), as opposed to with the database. */
export function isUserQueryError(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code.startsWith('Neo.ClientError.Statement.') || err.code.startsWith('Neo.ClientError.Procedure.'));
}
