// Writes many rows through named Cypher in batches of one transaction: all of it lands, or none.
import { inWriteTransaction, type Db, type Row } from './run.ts';
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

export interface OrderedBatch {
  /** cypher/<query>.cypher: writes the batch. */
  query: string;
  params: Record<string, unknown>;
  /** Judges the batch's rows before anything commits; a throw rolls the batch back. */
  check: (rows: Row[]) => void;
  /** The commit of the batch before this one (or undefined for the first). */
  after?: Promise<unknown>;
  /** cypher/<query>.cypher run last, in the same transaction: moves the run's counter to this batch's end. */
  progress: { query: string; params: Record<string, unknown> };
}

/**
 * One batch of a run that keeps several batches in the database at once but commits them in order: the batch is
 * written, then its transaction waits for the batch before it to commit, and only then moves the counter and
 * commits. A counter therefore always marks a prefix of the rows (what a resume relies on); if the batch before
 * fails, this one rolls back too. Safe only for batches that take no lock another batch of the run takes (new
 * nodes do not): a batch waiting here holds its locks while the one before it finishes.
 */
export function writeBatchInOrder(db: Db, batch: OrderedBatch): Promise<void> {
  return inWriteTransaction(db, async (tx) => {
    const result = await tx.run(cypher(batch.query), toParams(batch.params) as Record<string, unknown>);
    batch.check(result.records.map((r) => r.toObject() as Row));
    await batch.after;
    await tx.run(cypher(batch.progress.query), toParams(batch.progress.params) as Record<string, unknown>);
  });
}
