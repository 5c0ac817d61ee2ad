// A file into a dataset through the one import path (server/import/import-graph.ts): read with the format's reader,
// rehomed into `import-<name>`, written all or nothing. A run cut short leaves the dataset incomplete (every read
// refuses it); importing the same file again with resume continues the same run, or a delete removes it.
import { createHash } from 'node:crypto';
import { DatasetName, datasetOf, IMPORT_PREFIX } from '../contract/datasets.ts';
import type { Db } from '../db/run.ts';
import { BadRequestError, ConflictError } from '../http/errors.ts';
import { importGraph, runsOf, type ImportOptions } from '../import/import-graph.ts';
import { UnpackableValueError } from '../import/packed-batch.ts';
import { formatOf, InteropReadError, isFormatName, sniffFormat, type FormatName } from './formats.ts';
import { rehome } from './rehome.ts';

export interface ImportFileOptions extends Pick<ImportOptions, 'onProgress' | 'onStage' | 'stopAfterBatches' | 'batchSize'> {
  file: string;
  /** The dataset's name without `import-`; by default the one the file says it holds. */
  name?: string;
  format?: FormatName;
  resume?: boolean;
  /** The format's companion file (FtM's FILE.scamgraph.json), when given. */
  companion?: Uint8Array;
}

export interface ImportFileReport {
  name: string;
  dataset: string;
  format: FormatName;
  runId: string;
  nodes: number;
  relationships: number;
  resumedFrom: { nodes: number; relationships: number };
  notices: string[];
}

export const runIdOf = (dataset: string) => `${dataset}-file`;

export async function importFile(db: Db, bytes: Uint8Array, opts: ImportFileOptions): Promise<ImportFileReport> {
  const format = opts.format ?? sniffFormat(opts.file, bytes);
  if (!format || !isFormatName(format)) throw new BadRequestError(`format: cannot tell what format ${opts.file} is in; name it (one of scamgraph-json, graphml, gexf, cyjs, csv, ftm)`, 'format');
  let read;
  try {
    read = await formatOf(format).read(bytes, { file: opts.file, companion: opts.companion });
  } catch (err) {
    if (err instanceof InteropReadError) throw new BadRequestError(err.message, err.field ?? 'file');
    throw err;
  }
  const fromFile = read.dataset?.startsWith(IMPORT_PREFIX) ? read.dataset.slice(IMPORT_PREFIX.length) : read.dataset;
  const name = opts.name ?? fromFile;
  const checked = DatasetName.safeParse(name);
  if (!checked.success) throw new BadRequestError(`name: ${name === undefined ? `${opts.file} does not say which dataset it holds; name one` : checked.error.issues[0]!.message}`, 'name');
  const dataset = datasetOf(checked.data);
  const inputHash = createHash('sha256').update(bytes).update(opts.companion ?? new Uint8Array()).digest('hex');
  const runId = runIdOf(dataset);
  const { runs, nodes: existing } = await runsOf(db, dataset);
  const open = runs.find((r) => r.status !== 'complete');
  if (!open && (runs.length > 0 || existing > 0)) throw new BadRequestError(`name: a dataset '${checked.data}' already exists; delete it first or pick another name`, 'name');
  if (open && open.status !== 'rolling-back') {
    if (!opts.resume) throw new ConflictError(`An import of '${checked.data}' stopped part-way (${open.nodesDone} of ${open.totalNodes} nodes, ${open.relsDone} of ${open.totalRels} links). Import the same file again with resume, or delete the dataset`, 'name');
    if (open.inputHash !== inputHash) throw new ConflictError(`The unfinished import of '${checked.data}' came from another file; resume it with that file, or delete the dataset`, 'name');
  }
  let rows;
  try {
    rows = rehome(read, { dataset, file: opts.file });
  } catch (err) {
    if (err instanceof InteropReadError) throw new BadRequestError(err.message, err.field ?? 'file');
    throw err;
  }
  try {
    const report = await importGraph(db, { dataset, nodes: rows.nodes, relationships: rows.relationships }, {
      runId, inputHash, onProgress: opts.onProgress, onStage: opts.onStage, stopAfterBatches: opts.stopAfterBatches, batchSize: opts.batchSize,
    });
    const notices = [...rows.notices, ...(read.history?.length ? [`${read.history.length} history entries are in the file; this build does not write them to the team store`] : [])];
    return { name: checked.data, dataset, format, runId, nodes: report.nodes, relationships: report.relationships, resumedFrom: report.resumedFrom, notices };
  } catch (err) {
    if (err instanceof UnpackableValueError) throw new BadRequestError(`${opts.file}, ${err.message}`, err.key);
    throw err;
  }
}
