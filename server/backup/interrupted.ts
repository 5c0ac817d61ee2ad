// A database holding a cut-short restore is part of a backup, neither the old graph nor the new one, so the app
// does not serve it: `npm start` refuses, naming the file and the command that finishes it.
import { readQuery, type Db } from '../db/run.ts';

export class InterruptedRestoreError extends Error {
  constructor(readonly file: string, readonly startedAt: string) {
    super(`a restore of ${file} (started ${startedAt}) was cut short in this database, so it holds only part of that backup. `
      + `Finish it with \`npm run restore -- ${file} --force\` (or restore another backup with --force), then start again.`);
  }
}

/** Throws InterruptedRestoreError when a restore's marker is in the database. */
export async function refuseInterruptedRestore(db: Db): Promise<void> {
  const [row] = await readQuery(db, 'restore-interrupted');
  if (row) throw new InterruptedRestoreError(row.file as string, row.startedAt as string);
}
