// The one place errors become HTTP. `code` is for scripts to branch on, `message` is a sentence for people
// (http/people-words.ts), `detail` keeps the service's technical text; anything unexpected is logged and hidden.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../contract/errors.ts';
import { BadRequestError, NotFoundError, TimeoutError, UnavailableError } from './errors.ts';
import { badRequestWords, bodyWords, INTERNAL_WORDS, notFoundWords, TIMEOUT_WORDS, UNAVAILABLE_WORDS } from './people-words.ts';
import { isDatabaseUnavailable, isTimeout } from '../db/errors.ts';
import { QueryRefusedError } from '../guard/refusal.ts';
import { SecurityRefusal } from '../security/refusal.ts';

export const notFoundRoute: RequestHandler = (req, _res, next) =>
  next(new NotFoundError(`no such endpoint: ${req.method} ${req.baseUrl}${req.path}`));

export const errorMiddleware: ErrorRequestHandler = (err, _req, res, _next) => {
  const [status, body] = toHttp(err);
  if (status >= 500 && body.error.code === 'internal') console.error('internal error:', err);
  res.status(status).json(body);
};

function fullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function toHttp(err: unknown): [number, ErrorBody] {
  // The network guards (server/security/) write their own words and status (421, 403, 415, 429).
  if (err instanceof SecurityRefusal) return [err.status, { error: { code: err.code, message: err.message, detail: err.detail } }];
  if (err instanceof BadRequestError) {
    return [400, { error: { code: 'bad_request', message: badRequestWords(err.message, err.field), field: err.field, detail: err.message } }];
  }
  // The guard's reasons are written for people already; the query form shows them after "Refused:".
  if (err instanceof QueryRefusedError) return [400, { error: { code: 'query_refused', message: fullStop(err.message), detail: err.reason } }];
  if (err instanceof NotFoundError) return [404, { error: { code: 'not_found', message: notFoundWords(err.message), detail: err.message } }];
  if (err instanceof TimeoutError || isTimeout(err)) {
    return [504, { error: { code: 'timeout', message: TIMEOUT_WORDS, detail: err instanceof TimeoutError ? err.message : 'transaction timed out' } }];
  }
  if (err instanceof UnavailableError || isDatabaseUnavailable(err)) {
    return [503, { error: { code: 'unavailable', message: UNAVAILABLE_WORDS, detail: err instanceof UnavailableError ? err.message : 'the database driver cannot reach Neo4j' } }];
  }
  // express.json() and friends raise errors with a status and expose flag.
  const e = err as { status?: number; expose?: boolean; message?: string; type?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
    return [e.status, { error: { code: 'bad_request', message: bodyWords(e.type), detail: `request body: ${e.message ?? 'invalid'}` } }];
  }
  return [500, { error: { code: 'internal', message: INTERNAL_WORDS } }];
}
