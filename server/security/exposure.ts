// Issue 12 replaces issue 11's refusal: beyond loopback Scamgraph serves only with accounts (AUTH=on), so whoever
// reaches the port must sign in. AUTH=off (no sign-in, everyone is the local admin) is for one person at a laptop.
import type { Config } from '../config.ts';
import { isLoopbackAddress } from './hosts.ts';

export type Exposure =
  | { kind: 'loopback' }
  | { kind: 'refused'; problem: string }
  | { kind: 'network'; notice: string[] };

export function exposureDecision(config: Pick<Config, 'HOST' | 'PORT' | 'AUTH' | 'ALLOWED_HOSTS'>): Exposure {
  if (isLoopbackAddress(config.HOST)) return { kind: 'loopback' };
  if (config.AUTH === 'off') {
    return {
      kind: 'refused',
      problem: `AUTH: off means no sign-in, and HOST: ${config.HOST} would serve Scamgraph to your network, so anyone who can reach port ${config.PORT} could run queries, import data and change accounts. `
        + 'Authentication is always on beyond loopback: remove AUTH=off (accounts: npm run users -- add NAME --role ROLE), or keep HOST=127.0.0.1.',
    };
  }
  const names = config.ALLOWED_HOSTS.length > 0 ? config.ALLOWED_HOSTS.join(', ') : 'none (set ALLOWED_HOSTS to the names people will type)';
  return {
    kind: 'network',
    notice: [
      `Serving on a network address (HOST=${config.HOST}); everyone signs in (docs/teams.md).`,
      `Host names answered besides loopback: ${names}.`,
    ],
  };
}
