// Item 15: rate limits on the routes that cost the most (user Cypher and saved-query runs) and the ones that
// write (imports, "Save as query", tour saves). Counted per client address, in memory: one process serves all.
import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SecurityRefusal } from './refusal.ts';

export interface RateLimits {
  windowS: number;
  queries: number;
  writes: number;
}

function limiter(kind: 'queries' | 'writes', limit: number, windowS: number): RequestHandler {
  return rateLimit({
    windowMs: windowS * 1000,
    limit,
    // draft-8 RateLimit headers; with them the library sets Retry-After on a 429.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      const wait = res.getHeader('Retry-After') ?? windowS;
      const what = kind === 'queries' ? 'queries run' : 'imports and saves';
      next(new SecurityRefusal(429, 'rate_limited',
        `Too many ${what} in a short time (at most ${limit} every ${windowS} s). Wait ${wait} s and try again.`,
        `rate limit: ${kind} ${limit} per ${windowS} s`));
    },
  });
}

/** Mounted on /api; only POSTs count, so reading the library or the schema is never limited. */
export function rateLimits(limits: RateLimits): Router {
  const queries = limiter('queries', limits.queries, limits.windowS);
  const writes = limiter('writes', limits.writes, limits.windowS);
  return Router()
    .post(['/cypher', '/queries/:id/run'], queries)
    .post(['/queries', '/datasets', '/tours'], writes);
}
