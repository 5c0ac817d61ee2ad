// Process entry: config -> local Neo4j (if no NEO4J_URI) -> schema -> seed -> client build -> listen.
import type { Server } from 'node:http';
import { loadConfig, ConfigError } from './config.ts';
import { connectDatabase, type Database } from './startup/database.ts';
import { ensureClientBuilt } from './startup/client-build.ts';
import { applySchema } from './schema/apply.ts';
import { datasetSize, loadSeed } from './seed/load.ts';
import { createApp } from './app.ts';
import { seedProgressLogger } from './seed/progress.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase(config, log);
  let server: Server | undefined;
  installShutdown(() => server, database);

  log('schema: applying cypher/schema.cypher');
  await applySchema(database.db);
  if (config.SEED_ON_START === 'auto' && (await datasetSize(database.db)) === 0) {
    log('seed: the database has no curated graph yet; loading seed/cambodia-crackdown');
    const result = await loadSeed(database.db, { onProgress: seedProgressLogger(log) });
    log(`seed: loaded ${result.nodes} nodes and ${result.relationships} relationships`);
  }
  await ensureClientBuilt(log);

  const app = createApp({ driver: database.driver, config });
  server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${config.PORT} is taken: set PORT to a free one (e.g. PORT=3001 npm start)`) : err));
  });
  log(`\n  Scamgraph is running: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/\n  Database: ${database.uri}${database.local ? ' (local, embedded)' : ''}\n  Stop with Ctrl-C.\n`);
}

function installShutdown(server: () => Server | undefined, database: Database): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down`);
    server()?.close();
    server()?.closeAllConnections();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error('Configuration problem:');
    for (const p of err.problems) console.error(`  - ${p}`);
  } else {
    console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
  }
  // The local Neo4j watches our stdin; exiting closes it and the JVM shuts itself down.
  process.exit(1);
});
