// A driver with lossless integers for backup and restore; the app's driver (server/db/driver.ts) turns them into
// JS numbers, which is right for the API but would change integers beyond 2^53 and 3 into 3.0 in a backup.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

export interface Target {
  driver: Driver;
  database?: string;
}

export function losslessTarget(uri: string, config: Pick<Config, 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'>): Target {
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 4,
    connectionAcquisitionTimeout: 30_000,
    connectionTimeout: 10_000,
    userAgent: 'scamgraph-backup',
  });
  return { driver, database: config.NEO4J_DATABASE };
}

/** A whole-graph read may take minutes at scale: longer than the server's default transaction timeout (60 s locally). */
export const LONG_READ_TIMEOUT_MS = 6 * 60 * 60 * 1000;
