// npm run backup -- FILE: a consistent, portable backup of the whole graph and the saved files (server/backup/).
// Uses the running local Neo4j (or starts it, like npm run seed), or the one NEO4J_URI names.
import { writeBackup } from '../server/backup/backup.ts';
import { runBackupCommand } from '../server/backup/cli.ts';

await runBackupCommand('npm run backup -- FILE   (for example backups/scamgraph-2026-01-31.jsonl.gz)', async ({ file, target, folders, onProgress, log }) => {
  const r = await writeBackup(target, { file, folders, onProgress });
  log(`backup: ${r.file}: ${r.counts.nodes.toLocaleString()} nodes, ${r.counts.relationships.toLocaleString()} relationships, ${r.counts.files} saved files; ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(1)} s${r.attempts > 1 ? ` (read ${r.attempts} times: the graph changed while it was read)` : ''}`);
  log(`backup: content hash ${r.contentHash}`);
});
