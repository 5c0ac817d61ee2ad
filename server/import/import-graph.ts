// The one import path, for synthetic data and user imports: constraints first, then nodes (two batches in the
// database at once, committed in order) and relationships (one writer), batched UNWIND (each batch packed into one
// string, see packed-batch.ts; the next one is packed while the current one is written), each batch committed with
// its progress counter so a failed run can be resumed exactly where it stopped, or rolled back completely.
// "complete" is written only once every batch and the search index are done; until then the dataset is incomplete,
// and every read refuses it (server/datasets/complete-scope.ts). A rollback that was cut short is finished first.
import type { NodeRow, RelRow } from '../seed/to-rows.ts';
import { writeQuery, type Db } from '../db/run.ts';
import { writeBatchInOrder } from '../db/batch-write.ts';
import { applySchema } from '../schema/apply.ts';
import { awaitSearchIndex } from '../schema/search-index.ts';
import { checkPackable, packNodes, packRelationships, type PackedBatch } from './packed-batch.ts';
import { rollbackImport, runsOf, type RollbackProgress } from './rollback.ts';

export { rollbackImport, runsOf } from './rollback.ts';
export type { RollbackOptions, RollbackProgress, RunRecord } from './rollback.ts';

export interface ImportInput {
  dataset: string;
  nodes: NodeRow[];
  relationships: RelRow[];
}

export interface ImportProgress {
  phase: 'nodes' | 'relationships';
  done: number;
  total: number;
  rowsPerSecond: number;
  etaSeconds: number;
}

/** The steps between batches: the rest of an interrupted rollback, and the wait for the search index. */
export type ImportStage = RollbackProgress | { phase: 'index' };

export interface ImportOptions {
  /** Rows per transaction; `npm run bench` measures the choice. */
  batchSize?: number;
  /** Same id = same run: calling again resumes it. */
  runId?: string;
  onProgress?: (p: ImportProgress) => void;
  onStage?: (s: ImportStage) => void;
  /** Node batches in the database at once (committed in order); `npm run bench` measures the choice. */
  nodeWriters?: number;
  /** Test hook: stop (as a crash would) after this many batches. */
  stopAfterBatches?: number;
  /** What the input was (e.g. a hash of an upload), kept on the run so a resume can check it is the same input. */
  inputHash?: string;
}

export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Two node batches in the database at once, on two cores: one is written while the other commits. New nodes take
 * no lock another batch needs, so the second batch waits only for the first's commit (docs/benchmarks.md).
 */
export const DEFAULT_NODE_WRITERS = 2;

export class ImportFailedError extends Error {
  constructor(readonly dataset: string, readonly runId: string, cause: unknown) {
    super(`import of ${dataset} stopped: ${(cause as Error)?.message ?? cause}. Resume it with the same run id, or roll it back.`);
  }
}

export interface ImportReport {
  runId: string;
  nodes: number;
  relationships: number;
  resumedFrom: { nodes: number; relationships: number };
  seconds: { nodes: number; relationships: number };
}

export async function importGraph(db: Db, input: ImportInput, opts: ImportOptions = {}): Promise<ImportReport> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const runId = opts.runId ?? `import-${input.dataset}`;
  checkPackable(input.nodes, input.relationships);
  await applySchema(db);
  // A rollback of this dataset was cut short: finish it, then import from nothing.
  if ((await runsOf(db, input.dataset)).runs.some((r) => r.status === 'rolling-back')) {
    await rollbackImport(db, input.dataset, { onProgress: opts.onStage });
  }
  const [run] = await writeQuery(db, 'import-run-begin', { id: runId, dataset: input.dataset, totalNodes: input.nodes.length, totalRels: input.relationships.length, inputHash: opts.inputHash ?? null });
  const resumedFrom = { nodes: run!.nodesDone as number, relationships: run!.relsDone as number };
  const seconds = { nodes: 0, relationships: 0 };
  if (run!.status === 'rolling-back') throw new ImportFailedError(input.dataset, runId, new Error('a rollback of this dataset started meanwhile'));
  if (run!.status === 'complete') return { runId, nodes: input.nodes.length, relationships: input.relationships.length, resumedFrom, seconds };

  let batches = 0;
  const phase = async <R,>(name: 'nodes' | 'relationships', query: string, rows: R[], pack: (batch: R[]) => PackedBatch, from: number, writers: number) => {
    const started = performance.now();
    const packAt = (i: number) => (i < rows.length ? pack(rows.slice(i, Math.min(i + batchSize, rows.length))) : undefined);
    // The batches in the database, oldest first; each commits only after the one before it (writeBatchInOrder).
    const inFlight: Promise<void>[] = [];
    const settleAll = () => Promise.allSettled(inFlight);
    let next = packAt(from);
    try {
      for (let i = from; i < rows.length; i += batchSize) {
        if (opts.stopAfterBatches !== undefined && batches++ >= opts.stopAfterBatches) throw new Error('stopped by test hook');
        const done = Math.min(i + batchSize, rows.length);
        const size = done - i;
        const write = writeBatchInOrder(db, {
          query, params: { ...next! }, after: inFlight.at(-1),
          // A relationship whose end is missing matches nothing and would vanish silently; refuse the batch instead.
          check: ([row]) => {
            const written = (row?.written as number) ?? 0;
            if (written !== size) throw new Error(`${name} ${i + 1}-${done}: ${size - written} rows point at ids that are not in the graph`);
          },
          progress: { query: 'import-run-progress', params: { run: runId, nodesDone: name === 'nodes' ? done : null, relsDone: name === 'relationships' ? done : null } },
        }).then(() => {
          const elapsed = (performance.now() - started) / 1000;
          const rate = (done - from) / Math.max(elapsed, 1e-3);
          opts.onProgress?.({ phase: name, done, total: rows.length, rowsPerSecond: rate, etaSeconds: (rows.length - done) / rate });
        });
        // Handled when awaited below; this only keeps a failure during the pause from counting as unhandled.
        write.catch(() => {});
        inFlight.push(write);
        // Pipelined: the next batch is packed while the database writes this one. Yielding first lets the driver send
        // the batch before the (synchronous) packing holds the event loop.
        await new Promise<void>((resolve) => setImmediate(resolve));
        next = packAt(done);
        if (inFlight.length >= writers) await inFlight.shift();
      }
      while (inFlight.length > 0) await inFlight.shift();
    } finally {
      // Nothing of this run is still writing when it returns or throws (a stop, or a batch that failed).
      await settleAll();
    }
    seconds[name] = (performance.now() - started) / 1000;
  };
  try {
    await phase('nodes', 'import-nodes', input.nodes, packNodes, resumedFrom.nodes, opts.nodeWriters ?? DEFAULT_NODE_WRITERS);
    // One writer: links lock both of their ends, so two batches in flight could wait on each other's hubs.
    await phase('relationships', 'import-relationships', input.relationships, packRelationships, resumedFrom.relationships, 1);
    // Part of the import's time: searchable is what "imported" means to a user.
    const searchable = performance.now();
    opts.onStage?.({ phase: 'index' });
    await awaitSearchIndex(db);
    seconds.relationships += (performance.now() - searchable) / 1000;
  } catch (err) {
    await writeQuery(db, 'import-run-end', { id: runId, status: 'failed', error: String((err as Error)?.message ?? err) }).catch(() => {});
    throw new ImportFailedError(input.dataset, runId, err);
  }
  await writeQuery(db, 'import-run-end', { id: runId, status: 'complete', error: null });
  return { runId, nodes: input.nodes.length, relationships: input.relationships.length, resumedFrom, seconds };
}
