// Recognises driver failures by Neo4jError.code, never by message text (one exception below, named why).
import { Neo4jError } from 'neo4j-driver';
import { DeadlineError } from './deadline.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * The driver's pool raises this one with the generic code 'N/A' (neo4j-driver-core pool.getAcquisitionTimeoutError),
 * so its message is the only mark it has; the prefix has been stable since driver 4.
 */
export function isAcquisitionTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === 'N/A' && err.message.startsWith('Connection acquisition timed out');
}

/**
 * A read that got no answer by its client-side deadline (db/deadline.ts: Neo4j paused or its socket silent) counts
 * as the database not answering (a 503), and so does a pool whose connections all wait on such a database.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return err instanceof DeadlineError || (err instanceof Neo4jError && UNAVAILABLE.has(err.code)) || isAcquisitionTimeout(err);
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && TIMEOUT.has(err.code);
}

export function errorCode(err: unknown): string | undefined {
  if (err instanceof DeadlineError) return 'ServiceUnavailable';
  return err instanceof Neo4jError ? err.code : undefined;
}

/** What actually went wrong, for the 503's detail and for /api/health; undefined when it is not an outage. */
export function unavailableReason(err: unknown): string | undefined {
  // Not DeadlineError's own text ("the health query ran past its 9 s deadline"): what happened is Neo4j's silence.
  if (err instanceof DeadlineError) return `the database did not answer within ${seconds(err.ms)}: Neo4j may be paused or overloaded`;
  if (isAcquisitionTimeout(err)) {
    // Seen when Neo4j is paused: a new connection's handshake gets no answer, and pooled ones are all waiting.
    const ms = /timed out in (\d+) ms/.exec((err as Error).message)?.[1];
    return `the database did not answer within ${ms ? seconds(Number(ms)) : 'the connection timeout'}: no connection to it could be opened or freed (Neo4j may be paused or overloaded)`;
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
