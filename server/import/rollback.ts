// Removing an import, crash-safe: the run is marked 'rolling-back' before the first node goes, so a rollback killed
// part-way is never taken for a complete import (reads refuse the dataset, see server/datasets/complete-scope.ts),
// and the next import or rollback of that dataset finishes it. The run record goes last, once nothing is left.
import { readQuery, writeQuery, type Db } from '../db/run.ts';
import { awaitSearchIndex } from '../schema/search-index.ts';

export interface RollbackProgress {
  phase: 'rollback';
  /** Nodes removed so far by this call, and how many there were when it started. */
  done: number;
  total: number;
}

export interface RollbackOptions {
  /** Nodes removed per transaction (with their relationships). */
  batchSize?: number;
  onProgress?: (p: RollbackProgress) => void;
}

export const ROLLBACK_BATCH_SIZE = 5_000;

export interface RunRecord {
  id: string;
  status: 'running' | 'failed' | 'complete' | 'rolling-back';
  nodesDone: number;
  relsDone: number;
  totalNodes: number;
  totalRels: number;
  inputHash?: string | null;
}

/** The run records of a dataset and how many nodes it holds now. */
export async function runsOf(db: Db, dataset: string): Promise<{ runs: RunRecord[]; nodes: number }> {
  const [row] = await readQuery(db, 'import-runs-of', { dataset });
  return { runs: (row?.runs as RunRecord[] | undefined) ?? [], nodes: (row?.nodes as number | undefined) ?? 0 };
}

/** Removes every node and relationship of the dataset, then its run records; safe to call again after a crash. */
export async function rollbackImport(db: Db, dataset: string, opts: RollbackOptions = {}): Promise<void> {
  const batch = opts.batchSize ?? ROLLBACK_BATCH_SIZE;
  const { nodes: total } = await runsOf(db, dataset);
  await writeQuery(db, 'import-rollback-begin', { dataset, id: `${dataset}-rollback` });
  let done = 0;
  for (;;) {
    const [row] = await writeQuery(db, 'import-rollback', { dataset, batch });
    const deleted = (row?.deleted as number | undefined) ?? 0;
    if (deleted === 0) break;
    done += deleted;
    opts.onProgress?.({ phase: 'rollback', done, total: Math.max(total, done) });
  }
  // Before the record goes: until the index has caught up, a search could still find a removed node.
  await awaitSearchIndex(db);
  await writeQuery(db, 'import-run-delete', { dataset });
}
