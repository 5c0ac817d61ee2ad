// Imports a teacher's network all or nothing, lists imports (complete or not), returns one as a graph, and removes one.
// A crash mid-upload leaves the dataset incomplete: listed as such, refused by every read, and finished by sending
// the same files again with `resume`, or removed by a delete.
import { createHash } from 'node:crypto';
import { datasetOf, IMPORT_PREFIX, type DatasetGraph, type DatasetStatus, type DatasetSummary, type DatasetUpload } from '../contract/datasets.ts';
import { CURATED_DATASET } from '../contract/tours.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode, toSourceSummary } from '../db/mappers.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../http/errors.ts';
import { importGraph, rollbackImport, runsOf, type ImportOptions } from '../import/import-graph.ts';
import { refuseIncomplete } from './complete-scope.ts';
import { uploadRows } from './to-rows.ts';

/** Names being imported or removed right now: a second upload of the same name must not interleave with the first. */
const busy = new Set<string>();

async function exists(db: Db, dataset: string): Promise<boolean> {
  const [row] = await readQuery(db, 'datasets-exists', { dataset });
  return row?.exists === true;
}

function refuseCurated(name: string): void {
  if (name === CURATED_DATASET) throw new BadRequestError(`name: '${name}' is the curated dataset, which cannot be replaced or deleted`, 'name');
}

/** Same files, same hash: a resume must continue the very upload that stopped, not graft another onto it. */
export function uploadHash({ resume: _resume, ...content }: DatasetUpload): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

type UploadOptions = Pick<ImportOptions, 'stopAfterBatches' | 'batchSize' | 'onProgress' | 'onStage'>;

/** Writes through the shared import path; on any failure the dataset is rolled back, so no partial data remains. */
export async function importDataset(db: Db, upload: DatasetUpload, options: UploadOptions = {}): Promise<DatasetSummary> {
  refuseCurated(upload.name);
  const dataset = datasetOf(upload.name);
  if (busy.has(dataset)) throw new ConflictError(`'${upload.name}' is being imported or deleted right now; try again in a moment`, 'name');
  const inputHash = uploadHash(upload);
  const { runs, nodes } = await runsOf(db, dataset);
  const open = runs.find((r) => r.status !== 'complete');
  if (!open && (runs.length > 0 || nodes > 0)) {
    throw new BadRequestError(`name: a dataset '${upload.name}' already exists; delete it first or pick another name`, 'name');
  }
  // An interrupted removal is simply finished by the import (import-graph.ts); an interrupted upload is resumed only on request.
  if (open && open.status !== 'rolling-back') {
    if (!upload.resume) {
      throw new ConflictError(`An upload of '${upload.name}' stopped before it finished (${open.nodesDone} of ${open.totalNodes} nodes and `
        + `${open.relsDone} of ${open.totalRels} links written). Resume it with the same files, or delete it, under Your data`, 'name');
    }
    if (open.inputHash !== inputHash) {
      throw new ConflictError(`The unfinished upload of '${upload.name}' came from other files; resume it with the files it came from, or delete it under Your data`, 'name');
    }
  }
  busy.add(dataset);
  try {
    const rows = uploadRows(upload);
    try {
      await importGraph(db, rows, { ...options, runId: `${dataset}-upload`, inputHash });
    } catch (err) {
      await rollbackImport(db, dataset);
      throw err;
    }
    const summary = (await listDatasets(db)).find((d) => d.dataset === dataset);
    if (!summary) throw new Error(`datasets.import: ${dataset} was written but is not listed`);
    return summary;
  } finally {
    busy.delete(dataset);
  }
}

function statusOf(dataset: string, runStatus: string): DatasetStatus {
  if (runStatus === 'complete') return 'complete';
  if (busy.has(dataset)) return runStatus === 'rolling-back' ? 'removing' : 'importing';
  return 'incomplete';
}

export async function listDatasets(db: Db): Promise<DatasetSummary[]> {
  const rows = await readQuery(db, 'datasets-list', { prefix: IMPORT_PREFIX });
  return rows.map((r) => {
    const dataset = r.dataset as string;
    return {
      name: dataset.slice(IMPORT_PREFIX.length),
      dataset,
      nodes: r.nodes as number,
      edges: r.edges as number,
      filename: r.filename as string,
      createdAt: r.createdAt as string,
      status: statusOf(dataset, r.status as string),
      resumable: r.status === 'running' || r.status === 'failed',
      progress: { nodesDone: r.nodesDone as number, totalNodes: r.totalNodes as number, relsDone: r.relsDone as number, totalRels: r.totalRels as number },
    };
  });
}

export async function datasetGraph(db: Db, name: string): Promise<DatasetGraph> {
  const dataset = datasetOf(name);
  await refuseIncomplete(db, [dataset]);
  const [row] = await readQuery(db, 'datasets-graph', { dataset });
  const nodes = (row?.nodes as unknown[] ?? []).map((n) => toGraphNode(asNode(n)));
  if (nodes.length === 0) throw new NotFoundError(`datasets.graph: no imported dataset '${name}'`);
  const edges = (row!.edges as Array<{ rel: unknown; from: string; to: string }>).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to));
  const sources = Object.fromEntries((row!.sources as unknown[]).map((n) => toSourceSummary(asNode(n))).map((s) => [s.id, s]));
  return { name, nodes, edges, sources };
}

/** Removes a dataset, complete or not; a removal cut short by a crash is finished by the next delete (or upload). */
export async function deleteDataset(db: Db, name: string): Promise<void> {
  refuseCurated(name);
  const dataset = datasetOf(name);
  if (busy.has(dataset)) throw new ConflictError(`'${name}' is being imported or deleted right now; try again in a moment`, 'name');
  if (!(await exists(db, dataset))) throw new NotFoundError(`datasets.delete: no imported dataset '${name}'`);
  busy.add(dataset);
  try {
    await rollbackImport(db, dataset);
  } finally {
    busy.delete(dataset);
  }
}
