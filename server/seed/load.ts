// Validates a seed folder in full, then writes it in one transaction (MERGE by id, in batches).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/run.ts';
import { readQuery } from '../db/run.ts';
import { awaitSearchIndex } from '../schema/search-index.ts';
import { writeInBatches, type Progress } from '../db/batch-write.ts';
import { readSeedFolder } from './read-files.ts';
import { checkReferences } from './check-references.ts';
import { toNodeRows, toRelationshipRows } from './to-rows.ts';

export const CURATED_SEED = fileURLToPath(new URL('../../seed/cambodia-crackdown/', import.meta.url));
const BATCH_SIZE = 500;

export interface SeedOptions {
  folder?: string;
  /** The dataset name to load under; defaults to the folder's name (tests load fixtures under a name of their own). */
  dataset?: string;
  /** Delete the dataset first, inside the same transaction, so a failure keeps the old data. */
  reset?: boolean;
  onProgress?: Progress;
}

export async function loadSeed(db: Db, { folder = CURATED_SEED, dataset, reset = false, onProgress }: SeedOptions = {}) {
  const read = readSeedFolder(folder);
  const data = dataset ? { ...read, dataset } : read;
  checkReferences(data, folder);
  const nodes = toNodeRows(data);
  const relationships = toRelationshipRows(data);
  await writeInBatches(db, [
    ...(reset ? [{ query: 'delete-dataset', rows: [{ dataset: data.dataset }], label: 'reset' }] : []),
    { query: 'seed-nodes', rows: nodes, label: 'nodes' },
    { query: 'seed-relationships', rows: relationships, label: 'relationships' },
  ], BATCH_SIZE, onProgress);
  await awaitSearchIndex(db);
  return { dataset: data.dataset, nodes: nodes.length, relationships: relationships.length };
}

export async function datasetSize(db: Db, folder = CURATED_SEED): Promise<number> {
  const [row] = await readQuery(db, 'count-dataset', { dataset: path.basename(folder) });
  return (row?.nodes as number) ?? 0;
}
