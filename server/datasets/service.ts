// Imports a teacher's network all or nothing, lists imports, returns one as a graph, and removes one.
import { datasetOf, IMPORT_PREFIX, type DatasetGraph, type DatasetSummary, type DatasetUpload } from '../contract/datasets.ts';
import { CURATED_DATASET } from '../contract/tours.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode, toSourceSummary } from '../db/mappers.ts';
import { BadRequestError, NotFoundError } from '../http/errors.ts';
import { importGraph, rollbackImport, type ImportOptions } from '../import/import-graph.ts';
import { uploadRows } from './to-rows.ts';

/** Names being imported right now: a second upload of the same name must not interleave with the first. */
const busy = new Set<string>();

async function exists(db: Db, dataset: string): Promise<boolean> {
  const [row] = await readQuery(db, 'datasets-exists', { dataset });
  return row?.exists === true;
}

function refuseCurated(name: string): void {
  if (name === CURATED_DATASET) throw new BadRequestError(`name: '${name}' is the curated dataset, which cannot be replaced or deleted`, 'name');
}

/** Writes through the shared import path; on any failure the dataset is rolled back, so no partial data remains. */
export async function importDataset(db: Db, upload: DatasetUpload, options: Pick<ImportOptions, 'stopAfterBatches' | 'batchSize'> = {}): Promise<DatasetSummary> {
  refuseCurated(upload.name);
  const dataset = datasetOf(upload.name);
  if (busy.has(dataset) || await exists(db, dataset)) {
    throw new BadRequestError(`name: a dataset '${upload.name}' already exists; delete it first or pick another name`, 'name');
  }
  busy.add(dataset);
  try {
    const rows = uploadRows(upload);
    try {
      await importGraph(db, rows, { ...options, runId: `${dataset}-upload` });
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

export async function listDatasets(db: Db): Promise<DatasetSummary[]> {
  const rows = await readQuery(db, 'datasets-list', { prefix: IMPORT_PREFIX });
  return rows.map((r) => ({
    name: (r.dataset as string).slice(IMPORT_PREFIX.length),
    dataset: r.dataset as string,
    nodes: r.nodes as number,
    edges: r.edges as number,
    filename: r.filename as string,
    createdAt: r.createdAt as string,
  }));
}

export async function datasetGraph(db: Db, name: string): Promise<DatasetGraph> {
  const dataset = datasetOf(name);
  const [row] = await readQuery(db, 'datasets-graph', { dataset });
  const nodes = (row?.nodes as unknown[] ?? []).map((n) => toGraphNode(asNode(n)));
  if (nodes.length === 0) throw new NotFoundError(`datasets.graph: no imported dataset '${name}'`);
  const edges = (row!.edges as Array<{ rel: unknown; from: string; to: string }>).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to));
  const sources = Object.fromEntries((row!.sources as unknown[]).map((n) => toSourceSummary(asNode(n))).map((s) => [s.id, s]));
  return { name, nodes, edges, sources };
}

export async function deleteDataset(db: Db, name: string): Promise<void> {
  refuseCurated(name);
  const dataset = datasetOf(name);
  if (busy.has(dataset)) throw new BadRequestError(`name: '${name}' is still being imported; try again in a moment`, 'name');
  if (!(await exists(db, dataset))) throw new NotFoundError(`datasets.delete: no imported dataset '${name}'`);
  await rollbackImport(db, dataset);
}
