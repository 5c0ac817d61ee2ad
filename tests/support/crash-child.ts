// A child process for the crash tests: runs the real import path (as `npm run generate` or an upload does) against
// the test Neo4j, prints one JSON line per step, and at the step it is told to, says so and freezes, so the test can
// kill -9 it at a known point. Frozen, it ends itself after 30 s, should the test die before killing it.
// Args: one JSON object, see ChildJob. Env: NEO4J_URI, NEO4J_PASSWORD.
import { createDriver } from '../../server/db/driver.ts';
import type { Db } from '../../server/db/run.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importDataset } from '../../server/datasets/service.ts';
import { checkUpload } from '../../server/datasets/upload-check.ts';
import { datasetOf } from '../../server/contract/datasets.ts';
import { syntheticUpload } from './crash-upload.ts';

export type StopPhase = 'nodes' | 'relationships' | 'index' | 'rollback';

export interface ChildJob {
  /** synthetic-import / synthetic-rollback: `synthetic-<nodes>-seed<seed>` as the generate script names it. */
  job: 'synthetic-import' | 'synthetic-rollback' | 'upload' | 'upload-delete';
  nodes: number;
  seed?: number;
  /** The upload's name, for the upload jobs. */
  name?: string;
  batchSize: number;
  /** Freeze when this phase has done at least this fraction of its rows (the index wait has none: it freezes on entering it). */
  stopAt?: { phase: StopPhase; fraction?: number };
}

const job = JSON.parse(process.argv[2] ?? '{}') as ChildJob;
const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

function step(phase: StopPhase, done = 0, total = 0): void {
  say({ event: 'step', phase, done, total });
  const stop = job.stopAt;
  if (stop?.phase !== phase || done < (stop.fraction ?? 0) * total) return;
  say({ event: 'frozen', phase, done, total });
  // Blocks the whole process: nothing more is sent to Neo4j until the kill lands.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  process.exit(3);
}

const driver = createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: process.env.NEO4J_PASSWORD! });
const db: Db = { driver, timeoutMs: 30_000 };
const onProgress = (p: { phase: 'nodes' | 'relationships'; done: number; total: number }) => step(p.phase, p.done, p.total);
const onStage = (s: { phase: 'index' } | { phase: 'rollback'; done: number; total: number }) =>
  (s.phase === 'index' ? step('index') : step('rollback', s.done, s.total));
try {
  const dataset = `synthetic-${job.nodes}-seed${job.seed ?? 42}`;
  if (job.job === 'synthetic-import') {
    await importGraph(db, generateSynthetic({ nodes: job.nodes, seed: job.seed ?? 42, dataset }), { batchSize: job.batchSize, onProgress, onStage });
  } else if (job.job === 'synthetic-rollback') {
    await rollbackImport(db, dataset, { batchSize: job.batchSize, onProgress: onStage });
  } else if (job.job === 'upload') {
    await importDataset(db, checkUpload(syntheticUpload(job.name!, job.nodes)), { batchSize: job.batchSize, onProgress, onStage });
  } else {
    // What DELETE /api/datasets/:name runs, in small batches so it can be caught part-way.
    await rollbackImport(db, datasetOf(job.name!), { batchSize: job.batchSize, onProgress: onStage });
  }
  say({ event: 'done' });
} catch (err) {
  say({ event: 'error', message: (err as Error).message });
  process.exitCode = 1;
} finally {
  await driver.close();
}
