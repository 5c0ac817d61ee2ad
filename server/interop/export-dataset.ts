// A whole dataset out in one format: the dump read from Neo4j in pages, through the format's one writer, with
// progress (rows done, total, rate, ETA) for the CLI.
import { readQuery, type Db } from '../db/run.ts';
import { NotFoundError } from '../http/errors.ts';
import { refuseIncomplete } from '../datasets/complete-scope.ts';
import { datasetDump, type DatasetDump } from './dump.ts';
import { formatOf, type Chunk, type Format, type FormatName, type WriteOptions } from './formats.ts';

export interface ExportProgress { done: number; total: number; rowsPerSecond: number; etaSeconds: number }

export interface DatasetExport {
  format: Format;
  dump: DatasetDump;
  filename: string;
  chunks: AsyncIterable<Chunk>;
  notices: string[];
}

/** Counts rows as the writer takes them, for progress. */
function counted(dump: DatasetDump, onProgress?: (p: ExportProgress) => void): DatasetDump {
  if (!onProgress) return dump;
  const total = dump.header.nodes + dump.header.relationships;
  const started = performance.now();
  let done = 0;
  const tick = (n: number) => {
    done += n;
    const rate = done / Math.max((performance.now() - started) / 1000, 1e-3);
    onProgress({ done, total, rowsPerSecond: rate, etaSeconds: (total - done) / rate });
  };
  return {
    ...dump,
    async *nodes() { for await (const p of dump.nodes()) { tick(p.length); yield p; } },
    async *relationships() { for await (const p of dump.relationships()) { tick(p.length); yield p; } },
  };
}

export interface ExportOptions extends WriteOptions {
  onProgress?: (p: ExportProgress) => void;
  page?: number;
  /** Issue 12's history of changes, for scamgraph-json: pass (ids) => historyOf(teamStore, ids) once i12-edits is merged. */
  historyOf?: (ids: readonly string[]) => unknown[];
}

export async function exportDataset(db: Db, dataset: string, name: FormatName, options: ExportOptions = {}): Promise<DatasetExport> {
  await refuseIncomplete(db, [dataset]);
  const [row] = await readQuery(db, 'count-dataset', { dataset });
  if (!row || (row.nodes as number) === 0) throw new NotFoundError(`export: no dataset '${dataset}' (see GET /api/datasets/all)`);
  const format = formatOf(name);
  const dump = counted(await datasetDump(db, dataset, { page: options.page, history: options.historyOf }), options.onProgress);
  const notices = dump.outside > 0 ? [`${dump.outside} links from ${dataset} to nodes of other datasets are left out: an export holds one dataset`] : [];
  const suffix = name === 'gexf' && options.gexfVersion === '1.2' ? '-1.2' : '';
  return { format, dump, filename: `${dataset}${suffix}.${format.extension}`, chunks: format.write(dump, options), notices };
}
