// The one place errors become HTTP. `code` is for scripts to branch on, `message` is a sentence for people
// (http/people-words.ts), `detail` keeps the service's technical text; anything unexpected is logged and hidden.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../contract/errors.ts';
import { BadRequestError, BusyError, ConflictError, ForbiddenError, NotFoundError, TimeoutError, UnauthenticatedError, UnavailableError } from './errors.ts';
import { badRequestWords, bodyWords, INTERNAL_WORDS, notFoundWords, TIMEOUT_WORDS, UNAVAILABLE_WORDS } from './people-words.ts';
import { isDatabaseUnavailable, isTimeout, unavailableReason } from '../db/errors.ts';
import { QueryRefusedError } from '../guard/refusal.ts';
import { SecurityRefusal } from '../security/refusal.ts';

export const notFoundRoute: RequestHandler = (req, _res, next) =>
  next(new NotFoundError(`no such endpoint: ${req.method} ${req.baseUrl}${req.path}`));

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const [status, body] = err instanceof URIError && (err as { status?: number }).status === 400 ? malformedPath(req.originalUrl.split('?')[0]!) : toHttp(err);
  if (err instanceof BusyError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
  if (status >= 500 && body.error.code === 'internal') console.error('internal error:', err);
  res.status(status).json(body);
};

/** The parameter a path segment fills, told by the segment before it (`/datasets/:name`, `/steps/:index`, else `:id`). */
const PARAM_AFTER: Record<string, string> = { datasets: 'name', steps: 'index' };

/**
 * Express decodes `:id` before any handler runs and raises a URIError for malformed percent-encoding
 * (`/api/entities/%FF%FE%FD`); it is the address that is wrong, so a 400 naming the parameter, not a 500.
 */
function malformedPath(pathname: string): [number, ErrorBody] {
  const segments = pathname.split('/');
  const at = segments.findIndex((s) => { try { decodeURIComponent(s); return false; } catch { return true; } });
  const before = segments[at - 1] ?? '';
  const field = at > 0 ? (Object.hasOwn(PARAM_AFTER, before) ? PARAM_AFTER[before]! : 'id') : 'path';
  const bad = segments[at] ?? pathname;
  const detail = `${field}: '${bad.length > 60 ? `${bad.slice(0, 60)}…` : bad}' is not valid percent-encoding (UTF-8)`;
  return [400, { error: { code: 'bad_request', message: badRequestWords(detail, field), field, detail } }];
}

function fullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function toHttp(err: unknown): [number, ErrorBody] {
  // The network guards (server/security/) write their own words and status (421, 403, 415, 429).
  if (err instanceof SecurityRefusal) return [err.status, { error: { code: err.code, message: err.message, detail: err.detail } }];
  if (err instanceof UnauthenticatedError) return [401, { error: { code: 'unauthenticated', message: fullStop(err.message) } }];
  if (err instanceof ForbiddenError) return [403, { error: { code: 'forbidden', message: fullStop(err.message), detail: err.needed ? `needs the role ${err.needed} or above` : undefined } }];
  if (err instanceof BadRequestError) {
    return [400, { error: { code: 'bad_request', message: badRequestWords(err.message, err.field), field: err.field, detail: err.message } }];
  }
  // The guard's reasons are written for people already; the query form shows them after "Refused:".
  if (err instanceof QueryRefusedError) return [400, { error: { code: 'query_refused', message: fullStop(err.message), detail: err.reason } }];
  // Written for people: it names the dataset and what to do (resume, delete, wait).
  // A stale edit (server/edits/conflict.ts) also says what changed: field, yours, theirs, who and when.
  if (err instanceof ConflictError) {
    const { conflict } = err as { conflict?: unknown };
    return [409, { error: { code: 'conflict', message: fullStop(err.message), field: err.field, detail: err.message }, ...(conflict ? { conflict } : {}) }];
  }
  if (err instanceof NotFoundError) return [404, { error: { code: 'not_found', message: notFoundWords(err.message), detail: err.message } }];
  if (err instanceof BusyError) return [503, { error: { code: 'unavailable', message: fullStop(err.message), detail: 'user queries: all slots and the queue are taken' } }];
  if (err instanceof TimeoutError || isTimeout(err)) {
    return [504, { error: { code: 'timeout', message: TIMEOUT_WORDS, detail: err instanceof TimeoutError ? err.message : 'transaction timed out' } }];
  }
  if (err instanceof UnavailableError || isDatabaseUnavailable(err)) {
    // The real reason (paused past the deadline, no free connection, refused credentials...), not a generic one.
    const detail = err instanceof UnavailableError ? err.message : unavailableReason(err) ?? 'the database driver cannot reach Neo4j';
    return [503, { error: { code: 'unavailable', message: UNAVAILABLE_WORDS, detail } }];
  }
  // express.json() and friends raise errors with a status and expose flag.
  const e = err as { status?: number; expose?: boolean; message?: string; type?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
    return [e.status, { error: { code: 'bad_request', message: bodyWords(e.type), detail: `request body: ${e.message ?? 'invalid'}` } }];
  }
  return [500, { error: { code: 'internal', message: INTERNAL_WORDS } }];
}
