// Import at scale: our path against LOAD CSV of the same rows and against Neo4j's own write ceiling.
import { writeAutoCommit } from '../../server/db/run.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { DEFAULT_NODE_WRITERS, importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { awaitSearchIndex } from '../../server/schema/search-index.ts';
import type { BenchInstance } from './instance.ts';
import { writeCsv } from './csv-files.ts';
import { formatRoundTrips, missingFormats } from './interop-bench.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round } from './stats.ts';

export async function importBench(inst: BenchInstance, sizes: number[], runs: (size: number) => number, batchSize: number, log: (l: string) => void) {
  const rows: Record<string, unknown>[] = [];
  const batchRows = await batchSizes(inst.db, Math.min(...sizes, 10_000), log);
  let formats: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const { row, dataset, directRows, directSeconds } = await measureImport(inst, size, runs(size), batchSize, log);
    rows.push(row);
    // The file imports at the largest size, from our copy still in the graph, beside the direct path's median.
    if (size === Math.max(...sizes)) formats = await fileImports(inst, dataset, directRows, directSeconds, log);
    await rollbackImport(inst.db, dataset);
  }
  const bigNodes = Number(process.env.BENCH_BIG_NODES ?? 1_000_000);
  const big = bigNodes > 0 ? await bigImport(inst, bigNodes, batchSize, log) : undefined;
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('import', 'Import at scale: our path, LOAD CSV and Neo4j\'s own ceiling', [
    `Measured ${measuredAt} with \`npm run bench\` (BENCH_ONLY=import) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}. Synthetic graphs from \`server/synthetic/generate.ts\` (seed 42).`,
    '', '### Batch size: the import path at several batch sizes (one run each, 10,000 nodes or the smallest size)', '', table(batchRows),
    '', `### Import: our path (batched UNWIND; ${DEFAULT_NODE_WRITERS} node batches in the database at once, committed in order; one writer for relationships) against LOAD CSV of the same rows (median rows/s)`, '',
    'Both sides CREATE the same labels and properties in transactions of the same size; relationship time includes waiting for the search index. '
    + '`neo4jCeilingNodesPerSec` is Neo4j writing nodes of the same shape that it generates itself (no client, no file), and `neo4jCeilingRelsPerSec` '
    + 'the same for relationships between those nodes, each end found by id as the import finds it (cypher/bench-ceiling-*.cypher): '
    + 'no single writer can beat them on this machine. `nodesPerSecOneWriter` is our path with one node batch at a time, in the same runs. The ratios are of medians taken in the same runs.',
    '', table(rows),
    '', '### The file imports (GraphML, FtM) through the same path, beside the direct path (largest size, one run each)', '',
    'Rows are nodes plus relationships; a file import\'s seconds include reading and rehoming the file. `direct` is the median run of the table above.',
    '', table(formats), missingFormats().length ? `\nNot measured in this build: ${missingFormats().join(', ')} (the format is not registered yet).` : '',
    '', `### End to end at ${big ? big.size : 'the big size'} (one run; BENCH_BIG_NODES sets the nodes, 0 skips it)`, '',
    big ? table([big]) : 'Not measured in this run (BENCH_BIG_NODES=0).',
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, batchSizes: batchRows, import: rows, formats, big });
}

/**
 * Our import against LOAD CSV of the same rows and against Neo4j's own ceiling, `runs` times, side by side in each
 * run; leaves our copy in the graph (for the file imports). Only figures leave this function, so the rows can be
 * collected before anything else is timed.
 */
async function measureImport(inst: BenchInstance, size: number, runs: number, batchSize: number, log: (l: string) => void) {
  const { db } = inst;
  const graph = generateSynthetic({ nodes: size, seed: 42, dataset: `bench-${size}` });
  writeCsv(inst.importDir, graph, 'csv-', `bench-csv-${size}`);
  const ours = { nodes: [] as number[], rels: [] as number[] };
  const csv = { nodes: [] as number[], rels: [] as number[] };
  const ceiling = { nodes: [] as number[], rels: [] as number[] };
  const direct: number[] = [];
  const oneWriter: number[] = [];
  const rate = (rows: number, t0: number) => rows / ((performance.now() - t0) / 1000);
  for (let run = 0; run < runs; run++) {
    // The default's choice, side by side: the same nodes with one batch in the database at a time.
    await rollbackImport(db, graph.dataset);
    const single = await importGraph(db, { ...graph, relationships: [] }, { batchSize, nodeWriters: 1, runId: `bench-${size}-${run}-one` });
    oneWriter.push(graph.nodes.length / single.seconds.nodes);
    await rollbackImport(db, graph.dataset);
    const report = await importGraph(db, graph, { batchSize, runId: `bench-${size}-${run}` });
    ours.nodes.push(graph.nodes.length / report.seconds.nodes);
    ours.rels.push(graph.relationships.length / report.seconds.relationships);
    direct.push(report.seconds.nodes + report.seconds.relationships);
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
    ceiling.nodes.push(rate(size, t0));
    // Between the nodes just written, as many relationships as our import writes; it waits for the index as ours does.
    t0 = performance.now();
    await writeAutoCommit(db, 'bench-ceiling-relationships', { n: size, m: graph.relationships.length });
    await awaitSearchIndex(db);
    ceiling.rels.push(rate(graph.relationships.length, t0));
    await rollbackImport(db, `bench-ceiling-${size}`);
    log(`bench: import ${size} run ${run + 1}/${runs}`);
  }
  const med = (xs: number[]) => round(percentile(xs, 50), 0);
  const row = {
    size: `${size.toLocaleString()} nodes / ${graph.relationships.length.toLocaleString()} rels`, runs, batchSize,
    nodesPerSec: med(ours.nodes), nodesPerSecOneWriter: med(oneWriter), loadCsvNodesPerSec: med(csv.nodes), nodesRatio: round(med(ours.nodes) / med(csv.nodes)),
    relsPerSec: med(ours.rels), loadCsvRelsPerSec: med(csv.rels), relsRatio: round(med(ours.rels) / med(csv.rels)),
    neo4jCeilingNodesPerSec: med(ceiling.nodes), neo4jCeilingRelsPerSec: med(ceiling.rels),
    nodesCeilingRatio: round(med(ours.nodes) / med(ceiling.nodes)), relsCeilingRatio: round(med(ours.rels) / med(ceiling.rels)),
  };
  return { dataset: graph.dataset, directRows: graph.nodes.length + graph.relationships.length, directSeconds: percentile(direct, 50), row };
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

/** GraphML and FtM: `dataset` exported to a file and the file imported through importFile → importGraph. */
async function fileImports(inst: BenchInstance, dataset: string, rows: number, directSeconds: number, log: (l: string) => void) {
  const line = (format: string, seconds: number) => ({ format, rows, seconds: round(seconds, 1), rowsPerSec: round(rows / seconds, 0) });
  const trips = await formatRoundTrips(inst, dataset, log);
  return [line('direct (importGraph)', directSeconds), ...trips.map((t) => line(t.format, t.importSeconds))];
}

/**
 * One import of the big graph end to end (schema, nodes, relationships, search index), then removed. The rows are
 * generated first and not timed; nothing else is held meanwhile, so the process has room for 5M relationships.
 */
async function bigImport(inst: BenchInstance, nodes: number, batchSize: number, log: (l: string) => void) {
  const graph = generateSynthetic({ nodes, seed: 42, dataset: `bench-big-${nodes}` });
  await rollbackImport(inst.db, graph.dataset);
  log(`bench: import big: ${nodes.toLocaleString()} nodes / ${graph.relationships.length.toLocaleString()} rels generated`);
  const t0 = performance.now();
  const report = await importGraph(inst.db, graph, { batchSize, runId: `bench-big-${nodes}` });
  const seconds = (performance.now() - t0) / 1000;
  log(`bench: import big: ${seconds.toFixed(0)} s`);
  const result = {
    size: `${nodes.toLocaleString()} nodes / ${graph.relationships.length.toLocaleString()} rels`, batchSize, seconds: round(seconds, 1),
    nodesPerSec: round(graph.nodes.length / report.seconds.nodes, 0), relsPerSec: round(graph.relationships.length / report.seconds.relationships, 0),
  };
  await rollbackImport(inst.db, graph.dataset);
  return result;
}
