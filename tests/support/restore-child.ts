// A child process for the backup test: restores FILE with --force into NEO4J_URI in small batches, prints each
// progress step as a JSON line, and freezes once relationships are part written, so the test can kill -9 it there.
// Frozen, it ends itself after 30 s, should the test die before killing it. Args: FILE BATCH_SIZE.
import { losslessTarget } from '../../server/backup/connection.ts';
import { restoreBackup } from '../../server/backup/restore.ts';

const [file, batch, folder] = process.argv.slice(2);
const target = losslessTarget(process.env.NEO4J_URI!, { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!, NEO4J_DATABASE: undefined });
await restoreBackup(target, {
  file: file!, force: true, batchSize: Number(batch), folders: { 'saved-queries': `${folder}/q`, 'saved-tours': `${folder}/t` },
  onProgress: (p) => {
    process.stdout.write(`${JSON.stringify(p)}\n`);
    if (p.phase === 'restore: relationships' && p.done > 0) {
      process.stdout.write('{"event":"frozen"}\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
      process.exit(3);
    }
  },
});
