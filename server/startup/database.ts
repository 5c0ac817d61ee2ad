// Connects to the configured Neo4j, starting the embedded one first when NEO4J_URI is unset.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { createDriver } from '../db/driver.ts';
import type { Db } from '../db/run.ts';
import { portIsFree, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.ts';

export interface Database {
  driver: Driver;
  db: Db;
  uri: string;
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * reuseRunning: a tool such as `npm run seed` talks to the local Neo4j that `npm start` already runs,
 * instead of failing on the taken port.
 */
export async function connectDatabase(config: Config, log: (line: string) => void, { reuseRunning = false } = {}): Promise<Database> {
  const running = !config.NEO4J_URI && reuseRunning && !(await portIsFree(config.NEO4J_BOLT_PORT));
  if (running) log(`neo4j-local: using the Neo4j already running on port ${config.NEO4J_BOLT_PORT}`);
  const remoteUri = config.NEO4J_URI ?? (running ? `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}` : undefined);
  const local = remoteUri ? null : await startLocalNeo4j({
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pagecacheMb: config.NEO4J_PAGECACHE_MB,
    log,
  });
  const uri = remoteUri ?? local!.uri;
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    await driver.getServerInfo({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(err as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
  }
  return {
    driver,
    db: { driver, database: config.NEO4J_DATABASE, timeoutMs: config.QUERY_TIMEOUT_MS },
    uri,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
