// npm run restore -- FILE [--force]: loads a backup into an empty database; --force deletes what is there first.
// A damaged or cut-short file is refused before anything is written (server/backup/restore.ts says what a failure
// leaves). Uses the running local Neo4j (or starts it), or the one NEO4J_URI names.
import { runBackupCommand } from '../server/backup/cli.ts';
import { restoreBackup } from '../server/backup/restore.ts';

await runBackupCommand('npm run restore -- FILE [--force]', async ({ file, config, target, folders, onProgress, log }) => {
  const r = await restoreBackup(target, { file, force: process.argv.includes('--force'), folders, onProgress });
  if (r.wiped) log(`restore: deleted the ${r.wiped.toLocaleString()} nodes that were there first (--force)`);
  log(`restore: ${r.counts.nodes.toLocaleString()} nodes, ${r.counts.relationships.toLocaleString()} relationships, ${r.counts.files} saved files; checked ${r.seconds.check.toFixed(1)} s, written ${r.seconds.write.toFixed(1)} s, verified ${r.seconds.verify.toFixed(1)} s`);
  log(`restore: content hash ${r.contentHash} matches the backup`);
  if (!config.NEO4J_URI) log('restore: restart npm start if it is running, so the saved queries and tours are read again');
});
