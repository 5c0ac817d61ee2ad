// Import at scale: our path against LOAD CSV of the same rows and against Neo4j's own write ceiling.
import { writeAutoCommit } from '../../server/db/run.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { awaitSearchIndex } from '../../server/schema/search-index.ts';
import type { BenchInstance } from './instance.ts';
import { writeCsv } from './csv-files.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round } from './stats.ts';

export async function importBench(inst: BenchInstance, sizes: number[], runs: (size: number) => number, batchSize: number, log: (l: string) => void) {
  const rows: Record<string, unknown>[] = [];
  const batchRows = await batchSizes(inst.db, Math.min(...sizes), log);
  for (const size of sizes) {
    const { row } = await measureImport(inst, size, runs(size), batchSize, log);
    rows.push(row);
    await rollbackImport(inst.db, `bench-${size}`);
  }
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('import', 'Import at scale: our path, LOAD CSV and Neo4j\'s own ceiling', [
    `Measured ${measuredAt} with \`npm run bench\` (BENCH_ONLY=import) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}. Synthetic graphs from \`server/synthetic/generate.ts\` (seed 42).`,
    '', '### Batch size: the import path at several batch sizes (one run each, smallest graph)', '', table(batchRows),
    '', '### Import: our path (batched UNWIND, one writer) against LOAD CSV of the same rows (median rows/s)', '',
    'Both sides CREATE the same labels and properties in transactions of the same size; relationship time includes waiting for the search index. '
    + '`neo4jCeilingNodesPerSec` is Neo4j writing nodes of the same shape that it generates itself (no client, no file): no import path can beat it on this machine.',
    '', table(rows),
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, batchSizes: batchRows, import: rows });
}

/**
 * Our import against LOAD CSV of the same rows and against Neo4j's own ceiling, `runs` times; leaves our copy in
 * the graph for the latency runs. Only ids leave this function, so the rows can be collected before latency is
 * timed (a million rows held in the same process would put garbage-collection pauses into the API figures).
 */
async function measureImport(inst: BenchInstance, size: number, runs: number, batchSize: number, log: (l: string) => void) {
  const { db } = inst;
  const graph = generateSynthetic({ nodes: size, seed: 42, dataset: `bench-${size}` });
  writeCsv(inst.importDir, graph, 'csv-', `bench-csv-${size}`);
  const ours = { nodes: [] as number[], rels: [] as number[] };
  const csv = { nodes: [] as number[], rels: [] as number[] };
  const ceiling: number[] = [];
  const rate = (rows: number, t0: number) => rows / ((performance.now() - t0) / 1000);
  for (let run = 0; run < runs; run++) {
    await rollbackImport(db, graph.dataset);
    const report = await importGraph(db, graph, { batchSize, runId: `bench-${size}-${run}` });
    ours.nodes.push(graph.nodes.length / report.seconds.nodes);
    ours.rels.push(graph.relationships.length / report.seconds.relationships);
    await rollbackImport(db, `bench-csv-${size}`);
    let t0 = performance.now();
    await writeAutoCommit(db, 'bench-load-csv-nodes');
    csv.nodes.push(rate(graph.nodes.length, t0));
    t0 = performance.now();
    await writeAutoCommit(db, 'bench-load-csv-relationships');
    await awaitSearchIndex(db);
    csv.rels.push(rate(graph.relationships.length, t0));
    await rollbackImport(db, `bench-csv-${size}`);
    t0 = performance.now();
    await writeAutoCommit(db, 'bench-ceiling-nodes', { n: size, dataset: `bench-ceiling-${size}` });
    await awaitSearchIndex(db);
    ceiling.push(rate(size, t0));
    await rollbackImport(db, `bench-ceiling-${size}`);
    log(`bench: import ${size} run ${run + 1}/${runs}`);
  }
  const med = (xs: number[]) => round(percentile(xs, 50), 0);
  const row = {
    size: `${size.toLocaleString()} nodes / ${graph.relationships.length.toLocaleString()} rels`, runs, batchSize,
    nodesPerSec: med(ours.nodes), loadCsvNodesPerSec: med(csv.nodes), nodesRatio: round(med(ours.nodes) / med(csv.nodes)),
    relsPerSec: med(ours.rels), loadCsvRelsPerSec: med(csv.rels), relsRatio: round(med(ours.rels) / med(csv.rels)),
    neo4jCeilingNodesPerSec: med(ceiling),
  };
  return { dataset: graph.dataset, a: graph.nodes[Math.floor(size / 3)]!.id, b: graph.nodes[Math.floor((2 * size) / 3)]!.id, row };
}

/** The same import at several batch sizes, so the default is a measured choice. */
async function batchSizes(db: BenchInstance['db'], size: number, log: (l: string) => void) {
  const graph = generateSynthetic({ nodes: size, seed: 42, dataset: `bench-batch-${size}` });
  const rows: Record<string, unknown>[] = [];
  for (const batchSize of [1000, 5000, 10_000, 20_000]) {
    await rollbackImport(db, graph.dataset);
    const r = await importGraph(db, graph, { batchSize, runId: `bench-batch-${batchSize}` });
    rows.push({ batchSize, nodesPerSec: round(graph.nodes.length / r.seconds.nodes, 0), relsPerSec: round(graph.relationships.length / r.seconds.relationships, 0) });
    log(`bench: batch size ${batchSize} measured`);
  }
  await rollbackImport(db, graph.dataset);
  return rows;
}
