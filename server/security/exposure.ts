// Item 16: until accounts exist (the next release), anyone who can reach the port can run queries, import and save.
// So the server listens beyond this machine only when the operator says so in as many words.
import type { Config } from '../config.ts';
import { isLoopbackAddress } from './hosts.ts';

export type Exposure =
  | { kind: 'loopback' }
  | { kind: 'refused'; problem: string }
  | { kind: 'allowed'; warning: string[] };

export function exposureDecision(config: Pick<Config, 'HOST' | 'PORT' | 'ALLOW_UNAUTHENTICATED_NETWORK' | 'ALLOWED_HOSTS'>): Exposure {
  if (isLoopbackAddress(config.HOST)) return { kind: 'loopback' };
  if (config.ALLOW_UNAUTHENTICATED_NETWORK !== '1') {
    return {
      kind: 'refused',
      problem: `HOST: ${config.HOST} would serve Scamgraph to your network, and it has no accounts yet: anyone who can reach port ${config.PORT} could run queries, import data and save queries. `
        + 'Keep HOST=127.0.0.1 (the default), or set ALLOW_UNAUTHENTICATED_NETWORK=1 if every machine on that network may do so. The next release adds accounts.',
    };
  }
  const names = config.ALLOWED_HOSTS.length > 0 ? config.ALLOWED_HOSTS.join(', ') : 'none (set ALLOWED_HOSTS to the names people will type)';
  return {
    kind: 'allowed',
    warning: [
      '!!! WARNING: serving WITHOUT ACCOUNTS on a network address !!!',
      `HOST=${config.HOST} and ALLOW_UNAUTHENTICATED_NETWORK=1: anyone who can reach port ${config.PORT} can run Cypher,`,
      'import datasets and save queries and tours. Use this only on a network where everyone may do that.',
      `Host names answered besides loopback: ${names}. The next release adds accounts.`,
    ],
  };
}
