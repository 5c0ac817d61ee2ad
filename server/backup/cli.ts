// What `npm run backup` and `npm run restore` share: the FILE argument, the database (the running local Neo4j, or
// one started like npm run seed, or NEO4J_URI's), the lossless driver, the saved-file folders, and a clean exit.
import { loadConfig, type Config } from '../config.ts';
import { connectDatabase } from '../startup/database.ts';
import { DEFAULT_SAVED_TOURS_DIR } from '../tours/library.ts';
import { losslessTarget } from './connection.ts';
import { progressLogger } from './progress.ts';

export interface CliContext {
  file: string;
  config: Config;
  target: ReturnType<typeof losslessTarget>;
  folders: Record<'saved-queries' | 'saved-tours', string>;
  onProgress: ReturnType<typeof progressLogger>;
  log: (line: string) => void;
}

/** Runs one backup command; its error message is printed for the person, and the exit code says it failed. */
export async function runBackupCommand(usage: string, work: (ctx: CliContext) => Promise<void>): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const log = (line: string) => console.log(line);
  const config = loadConfig();
  const database = await connectDatabase(config, log, { reuseRunning: true });
  const target = losslessTarget(database.uri, config);
  try {
    await work({
      file, config, target, log, onProgress: progressLogger(log),
      folders: { 'saved-queries': config.SAVED_QUERIES_DIR, 'saved-tours': DEFAULT_SAVED_TOURS_DIR },
    });
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  } finally {
    await target.driver.close();
    await database.close();
  }
}
