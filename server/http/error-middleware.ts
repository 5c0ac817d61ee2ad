// The one place errors become HTTP: typed errors keep their words, anything else is logged and hidden.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../contract/errors.ts';
import { BadRequestError, NotFoundError, TimeoutError, UnavailableError } from './errors.ts';
import { isDatabaseUnavailable, isTimeout } from '../db/errors.ts';
import { QueryRefusedError } from '../guard/refusal.ts';

export const notFoundRoute: RequestHandler = (req, _res, next) =>
  next(new NotFoundError(`no such endpoint: ${req.method} ${req.path}`));

export const errorMiddleware: ErrorRequestHandler = (err, _req, res, _next) => {
  const [status, body] = toHttp(err);
  if (status >= 500 && body.error.code === 'internal') console.error('internal error:', err);
  res.status(status).json(body);
};

function toHttp(err: unknown): [number, ErrorBody] {
  if (err instanceof BadRequestError) return [400, { error: { code: 'bad_request', message: err.message, field: err.field } }];
  if (err instanceof QueryRefusedError) return [400, { error: { code: 'query_refused', message: err.message } }];
  if (err instanceof NotFoundError) return [404, { error: { code: 'not_found', message: err.message } }];
  if (err instanceof TimeoutError || isTimeout(err)) {
    return [504, { error: { code: 'timeout', message: err instanceof TimeoutError ? err.message : 'the query ran past its time limit; narrow it (fewer hops, a smaller limit) and try again' } }];
  }
  if (err instanceof UnavailableError || isDatabaseUnavailable(err)) {
    return [503, { error: { code: 'unavailable', message: 'the database is not reachable right now; check that Neo4j is running (see /api/health) and retry' } }];
  }
  // express.json() and friends raise errors with a status and expose flag.
  const e = err as { status?: number; expose?: boolean; message?: string; type?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
    return [e.status, { error: { code: 'bad_request', message: `request body: ${e.message ?? 'invalid'}` } }];
  }
  return [500, { error: { code: 'internal', message: 'something went wrong on the server; it has been logged' } }];
}
