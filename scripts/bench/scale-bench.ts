// Synthetic graphs at scale: import rate against LOAD CSV of the same rows, API latency, and peak memory.
import { readFileSync } from 'node:fs';
import { readQuery, writeAutoCommit } from '../../server/db/run.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { awaitSearchIndex } from '../../server/schema/search-index.ts';
import { toLucene } from '../../server/search/lucene.ts';
import { loadSeed } from '../../server/seed/load.ts';
import type { BenchInstance } from './instance.ts';
import { writeCsv } from './csv-files.ts';
import { getter, measureLatency } from './latency.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round, timeInterleaved } from './stats.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { runReadOnly } from '../../server/db/user-cypher.ts';
import { pathParams } from './seed-bench.ts';

/** Peak resident memory of a process, in MiB, from /proc (Linux). */
const peakMiB = (pid: number | 'self') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024, 0);
};

export async function scaleBench(inst: BenchInstance, sizes: number[], runs: (size: number) => number, batchSize: number, iterations: number, log: (l: string) => void) {
  const { db } = inst;
  await loadSeed(db); // saved queries take curated ids as defaults; MERGE, so a no-op after the seed bench
  const importRows: Record<string, unknown>[] = [];
  const batchRows = await batchSizes(db, Math.min(...sizes), log);
  const apiRows: Record<string, unknown>[] = [];
  const savedRows: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const { dataset, a, b, row } = await measureImport(inst, size, runs(size), batchSize, log);
    importRows.push(row);
    const get = getter(inst.baseUrl);
    const [hub] = await readQuery(db, 'bench-hub', { dataset });
    const term = 'synthetic compound 00012';
    const rows = await measureLatency([
      { name: `search (${size})`, api: () => get(`/api/search?q=${encodeURIComponent(term)}&limit=10`), raw: () => readQuery(db, 'search', { lucene: toLucene(term), limit: 10, type: null }) },
      { name: `1-hop expand, median node (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50`), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }) },
      { name: `1-hop expand, top hub (${size})`, api: () => get(`/api/entities/${hub!.id}/neighbourhood?limit=50`), raw: () => readQuery(db, 'neighbourhood', { id: hub!.id, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }) },
      { name: `2-hop expand (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50`).then((n: any) => Promise.all(n.nodes.slice(0, 5).map((x: any) => get(`/api/entities/${x.id}/neighbourhood?limit=50`)))), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }).then((r) => Promise.all((r[0]!.neighbours as any[]).slice(0, 5).map((x) => readQuery(db, 'neighbourhood', { id: x.properties.id, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false })))) },
      { name: `3 shortest paths (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&k=3&datasets=${dataset}`), raw: () => readQuery(db, 'paths', { ...pathParams(a, b, [dataset]), k: 3 }) },
      { name: `shortest path (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&datasets=${dataset}`), raw: () => readQuery(db, 'paths-one', pathParams(a, b, [dataset])) },
    ], iterations, log);
    apiRows.push(...rows);
    savedRows.push(...await savedQueries(inst, size, log));
    await rollbackImport(db, dataset);
  }
  const memory = { neo4jPeakMiB: peakMiB(inst.neo4jPid), serverPeakMiB: peakMiB('self') };
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('scale', 'Synthetic graphs: import, API latency at scale, memory', [
    `Measured ${measuredAt} with \`npm run bench\` on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}. Synthetic graphs from \`server/synthetic/generate.ts\` (seed 42).`,
    '', '### Batch size: the import path at several batch sizes (one run each, smallest graph)', '', table(batchRows),
    '', '### Import: our path (batched UNWIND, one writer) against LOAD CSV of the same rows (median rows/s)', '',
    'Both sides CREATE the same labels and properties in transactions of the same size; relationship time includes waiting for the search index. '
    + '`neo4jCeilingNodesPerSec` is Neo4j writing nodes of the same shape that it generates itself (no client, no file): no import path can beat it on this machine.',
    '', table(importRows), '',
    `### API against the raw driver (ms; ${iterations} sequential calls, then 16 clients)`, '', table(apiRows), '',
    `### Saved queries with the synthetic graph loaded beside the curated one (ms, p50 of ${SAVED_RUNS} runs, default parameters)`, '',
    'API = guard (EXPLAIN + plan checks) + run + table and graph form over HTTP; raw = the driver running the query alone.', '', table(savedRows), '',
    `Peak resident memory: Neo4j ${memory.neo4jPeakMiB} MiB, benchmark process (API server and driver) ${memory.serverPeakMiB} MiB.`,
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, batchSizes: batchRows, import: importRows, api: apiRows, savedQueries: savedRows, memory });
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

const SAVED_RUNS = 5;

/** Every shipped saved query, through the API and raw, with the synthetic graph in the database. */
async function savedQueries(inst: BenchInstance, size: number, log: (l: string) => void) {
  const rows: Record<string, unknown>[] = [];
  for (const q of new QueryLibrary(null).list()) {
    const params = Object.fromEntries(Object.entries(q.params).map(([k, v]) => [k, v.default ?? null]));
    const api = () => post(inst.baseUrl, `/api/queries/${q.id}/run`, { params: {} });
    // The server fills the reserved $datasets (the curated graph by default); the raw side does the same.
    const raw = () => runReadOnly(inst.db, q.cypher, { ...params, datasets: ['cambodia-crackdown'] }, 1000);
    await api();
    await raw();
    const [a, r] = await timeInterleaved(SAVED_RUNS, api, raw);
    rows.push({ query: q.id, graph: `${size.toLocaleString()} nodes`, apiP50: round(percentile(a, 50)), rawP50: round(percentile(r, 50)) });
  }
  log(`bench: saved queries (${size}) measured`);
  return rows;
}

const post = async (baseUrl: string, p: string, body: unknown) => {
  const r = await fetch(baseUrl + p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
  return r.json();
};

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
