// The one driver. Integers come back as JS numbers: no value in this graph nears 2^53.
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Fail fast when the database is down, so /api/health answers quickly.
    connectionAcquisitionTimeout: 5_000,
    // Interactive API: give up on a vanished database after 5 s instead of the default 30.
    maxTransactionRetryTime: 5_000,
    connectionTimeout: 5_000,
    userAgent: 'scamgraph',
  });
}
