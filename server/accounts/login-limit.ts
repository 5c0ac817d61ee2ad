// Sign-in attempts are limited per client address and per account name (whatever the address), so neither one
// machine nor a botnet aimed at one account can guess passwords quickly. Only failures count. 429 + Retry-After.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SecurityRefusal } from '../security/refusal.ts';

export interface LoginLimits { perIp: number; perName: number; windowS: number }

function refusal(windowS: number, limit: number, what: string): RequestHandler {
  return (_req, res, next) => {
    const wait = res.getHeader('Retry-After') ?? windowS;
    next(new SecurityRefusal(429, 'rate_limited',
      `Too many failed sign-ins ${what} (at most ${limit} every ${Math.round(windowS / 60) || 1} min). Wait ${wait} s and try again, or ask an admin to reset the password.`,
      `rate limit: sign-in ${what}, ${limit} per ${windowS} s`));
  };
}

export function loginLimits({ perIp, perName, windowS }: LoginLimits): RequestHandler[] {
  const common = { windowMs: windowS * 1000, standardHeaders: 'draft-8' as const, legacyHeaders: false, skipSuccessfulRequests: true };
  return [
    rateLimit({ ...common, limit: perIp, handler: refusal(windowS, perIp, 'from this address') }),
    rateLimit({
      ...common,
      limit: perName,
      // The name as sign-in matches it (any case); a body without one is counted under the empty name.
      keyGenerator: (req) => `name:${String((req.body as { name?: unknown } | undefined)?.name ?? '').trim().toLowerCase()}`,
      handler: refusal(windowS, perName, 'for this account'),
    }),
  ];
}
