// The network guards, in the order app.ts registers them: host check and headers first (every response), then on
// /api the cross-site check (before any body is parsed) and the rate limits.
import { loadConfig, type Config } from '../config.ts';
import type { HostRules } from './hosts.ts';
import type { RateLimits } from './rate-limit.ts';

export { hostCheck } from './host-check.ts';
export { crossSiteCheck } from './cross-site.ts';
export { securityHeaders } from './headers.ts';
export { rateLimits } from './rate-limit.ts';
export { SecurityRefusal } from './refusal.ts';

export type SecurityConfig = Partial<Pick<Config, 'PORT' | 'HOST' | 'ALLOWED_HOSTS' | 'RATE_LIMIT_WINDOW_S' | 'RATE_LIMIT_QUERIES' | 'RATE_LIMIT_WRITES'>>;

const DEFAULTS = loadConfig({});

/** Missing values (tests that build the app by hand) take the config defaults; loopback is then the only host. */
export function securityRules(given: SecurityConfig): { hosts: HostRules; limits: RateLimits } {
  const config = { ...DEFAULTS, PORT: undefined, HOST: undefined, ...given };
  return {
    hosts: { allowedHosts: config.ALLOWED_HOSTS, port: config.PORT, listenHost: config.HOST },
    limits: { windowS: config.RATE_LIMIT_WINDOW_S, queries: config.RATE_LIMIT_QUERIES, writes: config.RATE_LIMIT_WRITES },
  };
}
