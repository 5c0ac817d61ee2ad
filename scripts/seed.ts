// npm run seed [-- --reset]: validates and loads the curated graph. --reset replaces it in one transaction.
import { loadConfig } from '../server/config.ts';
import { connectDatabase } from '../server/startup/database.ts';
import { applySchema } from '../server/schema/apply.ts';
import { loadSeed } from '../server/seed/load.ts';
import { seedProgressLogger } from '../server/seed/progress.ts';

const log = (line: string) => console.log(line);
const reset = process.argv.includes('--reset');
const database = await connectDatabase(loadConfig(), log, { reuseRunning: true });
try {
  await applySchema(database.db);
  const result = await loadSeed(database.db, { reset, onProgress: seedProgressLogger(log) });
  log(`seed: ${reset ? 'replaced' : 'merged'} ${result.dataset}: ${result.nodes} nodes, ${result.relationships} relationships`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
