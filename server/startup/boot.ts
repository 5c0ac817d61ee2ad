// Brings the whole service up: database (local or configured) -> schema -> seed if empty -> client -> listen.
import type { Server } from 'node:http';
import { ConfigError, type Config } from '../config.ts';
import { connectDatabase, type Database } from './database.ts';
import { ensureClientBuilt } from './client-build.ts';
import { applySchema } from '../schema/apply.ts';
import { datasetSize, loadSeed } from '../seed/load.ts';
import { seedProgressLogger } from '../seed/progress.ts';
import { createApp } from '../app.ts';
import { exposureDecision } from '../security/exposure.ts';
import { openTeamStore } from '../store/team-store.ts';
import { firstStartLink } from '../accounts/first-start.ts';

export interface Running {
  url: string;
  database: Database;
  /** While no admin has a password: the one-time link that sets it (main.ts prints it). */
  setupLink?: string;
  close(): Promise<void>;
}

export interface BootOptions {
  buildClient?: boolean;
  /** The local Neo4j died twice within a minute and is not restarted again: the caller stops the process. */
  onDatabaseLost?: (message: string) => void;
}

export async function boot(config: Config, log: (line: string) => void, { buildClient = true, onDatabaseLost }: BootOptions = {}): Promise<Running> {
  // Before anything starts: an unsafe exposure is refused without touching the database.
  const exposure = exposureDecision(config);
  if (exposure.kind === 'refused') throw new ConfigError([exposure.problem]);
  if (exposure.kind === 'network') for (const line of exposure.notice) log(line);
  // Accounts, sessions and the audit trail live apart from the graph (server/store/); opened before the database so
  // a store that cannot be opened stops the start at once.
  const teamStore = openTeamStore(config.TEAM_STORE_FILE);
  const database = await connectDatabase(config, log, { onDatabaseLost });
  let server: Server | undefined;
  const close = async () => {
    server?.closeAllConnections();
    server?.close();
    await database.close();
    teamStore.close();
  };
  try {
    log('schema: applying cypher/schema.cypher');
    await applySchema(database.db);
    if (config.SEED_ON_START === 'auto' && (await datasetSize(database.db)) === 0) {
      log('seed: the database holds no curated graph yet; loading seed/cambodia-crackdown');
      const result = await loadSeed(database.db, { onProgress: seedProgressLogger(log) });
      log(`seed: loaded ${result.nodes} nodes and ${result.relationships} relationships`);
    }
    if (buildClient) await ensureClientBuilt(log);
    server = await listen(createApp({ driver: database.driver, config, supervision: database.supervision, teamStore }), config);
  } catch (err) {
    await close();
    throw err;
  }
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}/`;
  const setup = config.AUTH === 'on' ? firstStartLink(teamStore, url) : undefined;
  return { url, database, close, setupLink: setup };
}

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(config.PORT, config.HOST);
    server.once('listening', () => resolve(server));
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${config.PORT} is taken: set PORT to a free one (e.g. PORT=3001 npm start)`) : err));
  });
}

/** Ctrl-C and SIGTERM stop the web server, then Neo4j (which checkpoints), then the process. */
export function stopOnSignals(running: Running, log: (line: string) => void, extra: () => Promise<void> = async () => {}): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down`);
    await extra();
    await running.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

export function reportFailure(err: unknown): never {
  if (err instanceof ConfigError) {
    console.error('Configuration problem:');
    for (const p of err.problems) console.error(`  - ${p}`);
  } else {
    console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
  }
  // The local Neo4j watches our stdin; exiting closes it and the JVM shuts itself down cleanly.
  process.exit(1);
}
