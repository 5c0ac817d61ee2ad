// Writes many rows through named Cypher in batches of one transaction: all of it lands, or none.
import { inWriteTransaction, type Db } from './run.ts';
import { cypher } from './cypher-files.ts';
import { toParams } from './params.ts';

export interface WriteStep {
  /** cypher/<name>.cypher, taking `$rows`. */
  query: string;
  rows: unknown[];
  label: string;
}

export type Progress = (label: string, done: number, total: number) => void;

export async function writeInBatches(db: Db, steps: WriteStep[], batchSize: number, onProgress: Progress = () => {}): Promise<void> {
  await inWriteTransaction(db, async (tx) => {
    for (const step of steps) {
      const text = cypher(step.query);
      for (let i = 0; i < step.rows.length; i += batchSize) {
        await tx.run(text, { rows: toParams(step.rows.slice(i, i + batchSize)) });
        onProgress(step.label, Math.min(i + batchSize, step.rows.length), step.rows.length);
      }
      if (step.rows.length === 0) onProgress(step.label, 0, 0);
    }
  });
}
