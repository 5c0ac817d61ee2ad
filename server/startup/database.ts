// Connects to the configured Neo4j, starting the embedded one first when NEO4J_URI is unset.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import type { Db } from '../db/run.ts';
import { portIsFree, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.ts';
import type { SupervisionProbe } from '../health/supervision.ts';
import { superviseLocalNeo4j } from './supervise.ts';

export interface Database {
  driver: Driver;
  db: Db;
  uri: string;
  local: LocalNeo4j | null;
  /** Present when a supervised local Neo4j runs: health reports its restarts. */
  supervision?: SupervisionProbe;
  close(): Promise<void>;
}

export interface ConnectOptions {
  reuseRunning?: boolean;
  /**
   * `npm start` only: restart the local Neo4j when it dies, and call this when the supervisor gives up
   * (a second death within a minute). Tools such as `npm run seed` leave it unset: they end anyway.
   */
  onDatabaseLost?: (message: string) => void;
}

/**
 * reuseRunning: a tool such as `npm run seed` talks to the local Neo4j that `npm start` already runs,
 * instead of failing on the taken port.
 */
export async function connectDatabase(config: Config, log: (line: string) => void, { reuseRunning = false, onDatabaseLost }: ConnectOptions = {}): Promise<Database> {
  const running = !config.NEO4J_URI && reuseRunning && !(await portIsFree(config.NEO4J_BOLT_PORT));
  if (running) log(`neo4j-local: using the Neo4j already running on port ${config.NEO4J_BOLT_PORT}`);
  const remoteUri = config.NEO4J_URI ?? (running ? `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}` : undefined);
  const localOptions = {
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pagecacheMb: config.NEO4J_PAGECACHE_MB,
    log,
  };
  const local = remoteUri ? null : await startLocalNeo4j(localOptions);
  // The driver keeps its URI across a restart (same port), so only the process needs replacing.
  const supervisor = local && onDatabaseLost
    ? superviseLocalNeo4j(local, { restart: () => startLocalNeo4j(localOptions), log, onGiveUp: onDatabaseLost, logsDir: path.join(config.NEO4J_DATA_DIR, 'logs') })
    : null;
  const stopLocal = async () => {
    if (supervisor) await supervisor.stop();
    else await local?.stop();
  };
  const uri = remoteUri ?? local!.uri;
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    await driver.getServerInfo({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    await stopLocal();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
  }
  return {
    driver,
    db: { driver, database: config.NEO4J_DATABASE, timeoutMs: config.QUERY_TIMEOUT_MS },
    uri,
    local,
    supervision: supervisor ? () => supervisor.status() : undefined,
    async close() {
      await driver.close();
      await stopLocal();
    },
  };
}
