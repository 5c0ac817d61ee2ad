// The refusals of the network guards: each carries its status, a stable code and a sentence for people, and the
// one error middleware (server/http/error-middleware.ts) answers it as any other error.

export type SecurityCode = 'host_not_allowed' | 'cross_site' | 'unsupported_media_type' | 'rate_limited';

export class SecurityRefusal extends Error {
  constructor(readonly status: 400 | 403 | 415 | 421 | 429, readonly code: SecurityCode, message: string, readonly detail: string) {
    super(message);
  }
}
