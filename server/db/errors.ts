// Recognises driver failures by Neo4jError.code, never by message text.
import { Neo4jError } from 'neo4j-driver';
import { DeadlineError } from './deadline.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** A read that got no answer by its client-side deadline counts as the database not answering (a 503). */
export function isDatabaseUnavailable(err: unknown): boolean {
  return err instanceof DeadlineError || (err instanceof Neo4jError && UNAVAILABLE.has(err.code));
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && TIMEOUT.has(err.code);
}

export function errorCode(err: unknown): string | undefined {
  if (err instanceof DeadlineError) return 'ServiceUnavailable';
  return err instanceof Neo4jError ? err.code : undefined;
}

/** A problem with the query a person wrote (syntax, parameters, types), as opposed to with the database. */
export function isUserQueryError(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code.startsWith('Neo.ClientError.Statement.') || err.code.startsWith('Neo.ClientError.Procedure.'));
}
