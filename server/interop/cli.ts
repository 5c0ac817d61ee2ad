// `npm run export` and `npm run import`: arguments, the database (the running local Neo4j, one started like npm
// run seed, or NEO4J_URI's), progress on stderr (rows done/total, rate, ETA), and an exit code that says it failed.
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../startup/database.ts';
import { exportDataset, type ExportProgress } from './export-dataset.ts';
import { availableFormats, formatOf, isFormatName, type Chunk, type FormatName } from './formats.ts';
import { importFile } from './import-file.ts';

export const EXPORT_USAGE = 'npm run export -- --dataset NAME --format F [--out FILE] [--gexf-version 1.2]';
export const IMPORT_USAGE = 'npm run import -- FILE [--dataset NAME] [--format F] [--resume]';

class UsageError extends Error {}

/** At most two lines a second, and always the last. */
function progressLine(what: string): (p: ExportProgress) => void {
  let last = 0;
  return ({ done, total, rowsPerSecond, etaSeconds }) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    const eta = Number.isFinite(etaSeconds) ? `, ETA ${Math.max(0, Math.round(etaSeconds))} s` : '';
    process.stderr.write(`${what}: ${done.toLocaleString()}/${total.toLocaleString()} rows, ${Math.round(rowsPerSecond).toLocaleString()} rows/s${eta}\n`);
  };
}

function formatArg(v: string | undefined, required: boolean): FormatName | undefined {
  if (v === undefined && !required) return undefined;
  if (!v || !isFormatName(v)) throw new UsageError(`--format: want one of ${availableFormats().join(', ')}${v ? `, not '${v}'` : ''}`);
  return v;
}

async function withDatabase(usage: string, work: (db: Awaited<ReturnType<typeof connectDatabase>>['db']) => Promise<void>): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let database: Awaited<ReturnType<typeof connectDatabase>> | undefined;
  try {
    database = await connectDatabase(loadConfig(), log, { reuseRunning: true });
    await work(database.db);
  } catch (err) {
    console.error(err instanceof UsageError ? `${err.message}\nusage: ${usage}` : (err as Error).message);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  } finally {
    await database?.close();
  }
}

async function writeFile(file: string, chunks: AsyncIterable<Chunk>): Promise<void> {
  const sink = createWriteStream(file);
  for await (const c of chunks) if (!sink.write(c)) await new Promise((r) => sink.once('drain', r));
  await new Promise<void>((resolve, reject) => sink.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/** A format's companion file beside FILE (FtM's FILE.scamgraph.json), if there is one. */
async function companionOf(file: string): Promise<Uint8Array | undefined> {
  const suffixes = availableFormats().map((f) => formatOf(f).companion?.suffix).filter((s): s is string => !!s);
  const found = suffixes.map((s) => `${file}${s}`).find((p) => existsSync(p));
  return found ? new Uint8Array(await readFile(found)) : undefined;
}

export async function runExport(argv: string[]): Promise<void> {
  await withDatabase(EXPORT_USAGE, async (db) => {
    const { values } = parseArgs({ args: argv, options: { dataset: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'gexf-version': { type: 'string' } } });
    if (!values.dataset) throw new UsageError('--dataset: name the dataset to export (GET /api/datasets/all lists them)');
    const format = formatArg(values.format, true)!;
    const gexfVersion = values['gexf-version'];
    if (gexfVersion !== undefined && gexfVersion !== '1.2' && gexfVersion !== '1.3') throw new UsageError('--gexf-version: 1.2 or 1.3');
    const out = await exportDataset(db, values.dataset, format, { gexfVersion, onProgress: progressLine('export') });
    const file = values.out ?? out.filename;
    await writeFile(file, out.chunks);
    // FtM: the Scamgraph extension beside the file (FILE.scamgraph.json), which import reads back.
    if (out.format.companion) {
      await writeFile(`${file}${out.format.companion.suffix}`, out.format.companion.write(out.dump, { gexfVersion }));
      process.stderr.write(`export: wrote ${file}${out.format.companion.suffix} beside it\n`);
    }
    for (const n of out.notices) process.stderr.write(`export: note: ${n}\n`);
    if (out.format.leavesOut.length) process.stderr.write(`export: ${format} leaves out ${out.format.leavesOut.join('; ')}\n`);
    console.log(`export: ${values.dataset} -> ${file}: ${out.dump.header.nodes.toLocaleString()} nodes, ${out.dump.header.relationships.toLocaleString()} relationships (${format})`);
  });
}

export async function runImport(argv: string[]): Promise<void> {
  await withDatabase(IMPORT_USAGE, async (db) => {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { dataset: { type: 'string' }, format: { type: 'string' }, resume: { type: 'boolean' } } });
    const file = positionals[0];
    if (!file) throw new UsageError('FILE: name the file to import');
    const bytes = new Uint8Array(await readFile(file));
    const name = values.dataset?.replace(/^import-/, '');
    const progress = progressLine('import');
    const companion = await companionOf(file);
    if (companion) process.stderr.write(`import: reading the companion file beside ${file}\n`);
    const r = await importFile(db, bytes, {
      file: file.split('/').pop()!, name, format: formatArg(values.format, false), resume: values.resume, companion,
      onProgress: (p) => progress({ done: p.done, total: p.total, rowsPerSecond: p.rowsPerSecond, etaSeconds: p.etaSeconds }),
      onStage: (s) => process.stderr.write(`import: ${s.phase === 'index' ? 'waiting for the search index' : s.phase}\n`),
    });
    for (const n of r.notices) process.stderr.write(`import: note: ${n}\n`);
    console.log(`import: ${file} -> ${r.dataset}: ${r.nodes.toLocaleString()} nodes, ${r.relationships.toLocaleString()} relationships (${r.format}, run ${r.runId}${r.resumedFrom.nodes + r.resumedFrom.relationships > 0 ? ', resumed' : ''})`);
  });
}
