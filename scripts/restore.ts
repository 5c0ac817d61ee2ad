// npm run restore -- FILE [--force]: loads a backup into an empty database; --force deletes what is there first.
// A damaged or cut-short file is refused before anything is written (server/backup/restore.ts says what a failure
// leaves). Uses the running local Neo4j (or starts it), or the one NEO4J_URI names.
import { loadConfig } from '../server/config.ts';
import { connectDatabase } from '../server/startup/database.ts';
import { DEFAULT_SAVED_TOURS_DIR } from '../server/tours/library.ts';
import { losslessTarget } from '../server/backup/connection.ts';
import { progressLogger } from '../server/backup/progress.ts';
import { restoreBackup } from '../server/backup/restore.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const force = process.argv.includes('--force');
if (!file) {
  console.error('usage: npm run restore -- FILE [--force]');
  process.exit(2);
}
const log = (line: string) => console.log(line);
const config = loadConfig();
const database = await connectDatabase(config, log, { reuseRunning: true });
const target = losslessTarget(database.uri, config);
try {
  const r = await restoreBackup(target, {
    file,
    force,
    folders: { 'saved-queries': config.SAVED_QUERIES_DIR, 'saved-tours': DEFAULT_SAVED_TOURS_DIR },
    onProgress: progressLogger(log),
  });
  if (r.wiped) log(`restore: deleted the ${r.wiped.toLocaleString()} nodes that were there first (--force)`);
  log(`restore: ${r.counts.nodes.toLocaleString()} nodes, ${r.counts.relationships.toLocaleString()} relationships, ${r.counts.files} saved files; checked ${r.seconds.check.toFixed(1)} s, written ${r.seconds.write.toFixed(1)} s, verified ${r.seconds.verify.toFixed(1)} s`);
  log(`restore: content hash ${r.contentHash} matches the backup`);
  if (!config.NEO4J_URI) log('restore: restart npm start if it is running, so the saved queries and tours are read again');
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await target.driver.close();
  await database.close();
}
