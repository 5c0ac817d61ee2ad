// npm run backup -- FILE: a consistent, portable backup of the whole graph and the saved files (server/backup/).
// Uses the running local Neo4j (or starts it, like npm run seed), or the one NEO4J_URI names.
import { loadConfig } from '../server/config.ts';
import { connectDatabase } from '../server/startup/database.ts';
import { DEFAULT_SAVED_TOURS_DIR } from '../server/tours/library.ts';
import { writeBackup } from '../server/backup/backup.ts';
import { losslessTarget } from '../server/backup/connection.ts';
import { progressLogger } from '../server/backup/progress.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run backup -- FILE   (for example backups/scamgraph-2026-01-31.jsonl.gz)');
  process.exit(2);
}
const log = (line: string) => console.log(line);
const config = loadConfig();
const database = await connectDatabase(config, log, { reuseRunning: true });
const target = losslessTarget(database.uri, config);
try {
  const r = await writeBackup(target, {
    file,
    folders: { 'saved-queries': config.SAVED_QUERIES_DIR, 'saved-tours': DEFAULT_SAVED_TOURS_DIR },
    onProgress: progressLogger(log),
  });
  log(`backup: ${r.file}: ${r.counts.nodes.toLocaleString()} nodes, ${r.counts.relationships.toLocaleString()} relationships, ${r.counts.files} saved files; ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(1)} s${r.attempts > 1 ? ` (read ${r.attempts} times: the graph changed while it was read)` : ''}`);
  log(`backup: content hash ${r.contentHash}`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await target.driver.close();
  await database.close();
}
