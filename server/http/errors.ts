// Typed errors that services throw; http/error-middleware.ts maps each to a status and ErrorBody.

export class BadRequestError extends Error {
  readonly code = 'bad_request';
  constructor(message: string, readonly field?: string) { super(message); }
}

export class NotFoundError extends Error {
  readonly code = 'not_found';
}

export class UnavailableError extends Error {
  readonly code = 'unavailable';
}

export class TimeoutError extends Error {
  readonly code = 'timeout';
}

/** The request is fine but the state is not (a dataset still importing or half-removed); the message says what to do. */
export class ConflictError extends Error {
  readonly code = 'conflict';
  constructor(message: string, readonly field?: string) { super(message); }
}

/** Too much at once (user queries' slots are full): a 503 with Retry-After, so a client knows when to come back. */
export class BusyError extends Error {
  readonly code = 'busy';
  constructor(message: string, readonly retryAfterSeconds: number) { super(message); }
}

/** Nobody is signed in, or the session has ended: a 401, and the client shows the sign-in page. */
export class UnauthenticatedError extends Error {
  readonly code = 'unauthenticated';
}

/** Signed in, but the role lacks the right: a 403 that names the role needed. */
export class ForbiddenError extends Error {
  readonly code = 'forbidden';
  constructor(message: string, readonly needed?: string) { super(message); }
}
