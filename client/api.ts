// Typed access to the scamgraph API: every response is checked against the shared zod contract.
import type { z } from 'zod';
import { ErrorBody } from '@contract/errors.ts';
import { EntityDetail, Neighbourhood } from '@contract/graph.ts';
import { Health } from '@contract/health.ts';
import { SearchResult } from '@contract/search.ts';
import type { NodeType } from '@contract/vocabulary.ts';
import { datasetsParam } from './state/dataset-scope.ts';
import { withSameAs } from './xref/follow-same-as.ts';

export type ApiErrorCode = ErrorBody['error']['code'] | 'network' | 'aborted';

/** An error whose message is fit to show a user as is. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status?: number,
    /** The request field at fault, when the server named one (e.g. "id" or "params.status"). */
    readonly field?: string,
    /** Seconds to wait before trying again, from a 429's or 503's Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Told when any call answers 401 (the session expired or was revoked), so the page can offer sign-in again. */
let unauthenticated: (() => void) | undefined;
export function onUnauthenticated(handler: () => void): void {
  unauthenticated = handler;
}
/** The session's own routes answer 401 for a wrong password: that is their answer, not an ended session. */
const SIGN_IN_PATHS = /^\/api\/(session|accounts\/setup)\b/;

/**
 * GETs a path, or POSTs `body` as JSON when one is given (or sends `method`, for PATCH and DELETE), and checks the
 * answer against the contract.
 */
export async function request<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal, body?: unknown, method?: 'POST' | 'PATCH' | 'PUT' | 'DELETE'): Promise<z.infer<S>> {
  let response: Response;
  const init: RequestInit = body === undefined && method === undefined
    ? { headers: { accept: 'application/json' }, signal }
    : { method: method ?? 'POST', headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body), signal };
  try {
    response = await fetch(path, init);
  } catch {
    if (signal?.aborted) throw new ApiError('aborted', 'Request cancelled.');
    throw new ApiError('network', 'Cannot reach the scamgraph server. Is it running?');
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (response.status === 401 && !SIGN_IN_PATHS.test(path)) unauthenticated?.();
  if (!response.ok) throw errorFrom(response.status, answer, response.headers.get('retry-after'));
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    // The details help developers; users only need to know the answer was unusable.
    console.warn(`Response from ${path} does not match the contract`, parsed.error.issues);
    throw new ApiError('internal', 'The server sent an answer this page does not understand.', response.status);
  }
  return parsed.data;
}

function errorFrom(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const parsed = ErrorBody.safeParse(body);
  const wait = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  if (parsed.success) return new ApiError(parsed.data.error.code, parsed.data.error.message, status, parsed.data.error.field, wait);
  return new ApiError('internal', `The server answered with an error (HTTP ${status}).`, status);
}

export function getHealth(signal?: AbortSignal): Promise<Health> {
  // /api/health may answer 503 with a Health body that explains the outage; that body is the answer.
  return fetch('/api/health', { headers: { accept: 'application/json' }, signal })
    .then(async (response) => {
      const body: unknown = await response.json().catch(() => undefined);
      const health = Health.safeParse(body);
      if (health.success) return health.data;
      throw errorFrom(response.status, body);
    })
    .catch((err: unknown) => {
      if (err instanceof ApiError) throw err;
      throw new ApiError('network', 'Cannot reach the scamgraph server.');
    });
}

export function search(q: string, opts: { limit?: number; type?: NodeType; signal?: AbortSignal } = {}): Promise<SearchResult> {
  // Search reads only the datasets chosen in the header (the curated graph by default).
  const params = withSameAs(new URLSearchParams({ q, limit: String(opts.limit ?? 10), datasets: datasetsParam() }));
  if (opts.type) params.set('type', opts.type);
  return request(`/api/search?${params}`, SearchResult, opts.signal);
}

export function getEntity(id: string, signal?: AbortSignal): Promise<EntityDetail> {
  return request(`/api/entities/${encodeURIComponent(id)}`, EntityDetail, signal);
}

export function getNeighbourhood(id: string, opts: { limit?: number; skip?: number; signal?: AbortSignal } = {}): Promise<Neighbourhood> {
  const params = withSameAs(new URLSearchParams({ limit: String(opts.limit ?? 50), skip: String(opts.skip ?? 0), datasets: datasetsParam() }));
  return request(`/api/entities/${encodeURIComponent(id)}/neighbourhood?${params}`, Neighbourhood, opts.signal);
}

/** The words to show for any failure, whatever was thrown. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Something went wrong in the page. Please reload and try again.';
}
