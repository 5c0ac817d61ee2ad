// Whole-dataset export and import rates (issue 13): a synthetic dataset (scripts/generate.ts's generator) exported
// through each format's writer to a file, then that file imported through the one import path, side by side in one
// run. Rows are nodes plus relationships; seconds include reading the file and the search index.
// formatRoundTrips is also used by the import part (issue 14), to time the file imports beside the direct path.
import { mkdtempSync, rmSync, statSync, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { exportDataset } from '../../server/interop/export-dataset.ts';
import { availableFormats, type FormatName } from '../../server/interop/formats.ts';
import { importFile } from '../../server/interop/import-file.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import type { BenchInstance } from './instance.ts';
import { machine, table, writeSection } from './report.ts';
import { round } from './stats.ts';

/** graphml and ftm side by side, as the issue asks; ftm joins once slice F has registered it. */
export const FORMATS: FormatName[] = ['graphml', 'ftm'];

export interface RoundTrip { format: FormatName; fileBytes: number; exportSeconds: number; importSeconds: number }

/** Each registered format: `dataset` exported to a file, and the file imported (importFile → importGraph) into a new dataset, then removed. */
export async function formatRoundTrips(inst: BenchInstance, dataset: string, log: (l: string) => void): Promise<RoundTrip[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-interop-'));
  const results: RoundTrip[] = [];
  try {
    for (const format of FORMATS.filter((f) => availableFormats().includes(f))) {
      const file = path.join(dir, `${dataset}.${format}`);
      const t0 = performance.now();
      const out = await exportDataset(inst.db, dataset, format);
      const sink = createWriteStream(file);
      for await (const c of out.chunks) if (!sink.write(c)) await new Promise((r) => sink.once('drain', r));
      await new Promise<void>((resolve, reject) => sink.end((err?: Error | null) => (err ? reject(err) : resolve())));
      // FtM: the Scamgraph extension beside the lines is part of the export, and read back with them (the lossless path).
      const companionFile = out.format.companion ? `${file}${out.format.companion.suffix}` : undefined;
      if (companionFile) {
        const parts: string[] = [];
        for await (const c of out.format.companion!.write(out.dump)) parts.push(typeof c === 'string' ? c : new TextDecoder().decode(c));
        writeFileSync(companionFile, parts.join(''));
      }
      const exportSeconds = (performance.now() - t0) / 1000;
      log(`bench: interop: ${format} export ${exportSeconds.toFixed(1)} s`);
      const name = `bench-${format}`;
      const t1 = performance.now();
      const companion = companionFile ? new Uint8Array(readFileSync(companionFile)) : undefined;
      const report = await importFile(inst.db, new Uint8Array(readFileSync(file)), { file: path.basename(file), name, format, companion });
      const importSeconds = (performance.now() - t1) / 1000;
      log(`bench: interop: ${format} import ${importSeconds.toFixed(1)} s`);
      await rollbackImport(inst.db, report.dataset);
      results.push({ format, fileBytes: statSync(file).size + (companionFile ? statSync(companionFile).size : 0), exportSeconds, importSeconds });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export const missingFormats = () => FORMATS.filter((f) => !availableFormats().includes(f));

export async function interopBench(inst: BenchInstance, size: number, log: (l: string) => void): Promise<void> {
  const dataset = `bench-interop-${size}`;
  const graph = generateSynthetic({ nodes: size, seed: 42, dataset });
  const rows = graph.nodes.length + graph.relationships.length;
  await rollbackImport(inst.db, dataset).catch(() => {});
  await importGraph(inst.db, graph, { runId: `${dataset}-setup` });
  log(`bench: interop: ${dataset} loaded (${rows.toLocaleString()} rows)`);
  let trips: RoundTrip[];
  try {
    trips = await formatRoundTrips(inst, dataset, log);
  } finally {
    await rollbackImport(inst.db, dataset).catch(() => {});
  }
  const results = trips.map((t) => ({
    format: t.format, nodes: graph.nodes.length.toLocaleString(), relationships: graph.relationships.length.toLocaleString(), 'file MB': round(t.fileBytes / 1e6, 1),
    'export s': round(t.exportSeconds, 1), 'export rows/s': Math.round(rows / t.exportSeconds).toLocaleString(),
    'import s': round(t.importSeconds, 1), 'import rows/s': Math.round(rows / t.importSeconds).toLocaleString(),
  }));
  const missing = missingFormats();
  const body = [
    `A synthetic dataset of ${size.toLocaleString()} nodes (${graph.relationships.length.toLocaleString()} relationships), exported to a file with \`npm run export\`'s path and the file imported back into a new dataset with \`npm run import\`'s path (rows = nodes + relationships; import includes reading the file and the search index). One run.`,
    '',
    table(results),
    '',
    missing.length ? `Not measured in this build: ${missing.join(', ')} (the format is not registered yet).` : '',
    `Machine: ${machine().cpus} CPUs (${machine().cpuModel}), ${machine().memoryGiB} GiB, Node ${machine().node}. Command: \`BENCH_ONLY=interop npm run bench\` (BENCH_INTEROP_NODES sets the size).`,
  ].join('\n');
  writeSection('interop', `Export and import at ${size.toLocaleString()} nodes`, body, { size, results, machine: machine() });
}
