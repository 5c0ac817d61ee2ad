// Synthetic graphs at scale: import rate against LOAD CSV of the same rows, API latency, and peak memory.
import { readFileSync } from 'node:fs';
import { readQuery, writeAutoCommit } from '../../server/db/run.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { awaitSearchIndex } from '../../server/schema/search-index.ts';
import { toLucene } from '../../server/search/lucene.ts';
import type { BenchInstance } from './instance.ts';
import { writeCsv } from './csv-files.ts';
import { getter, measureLatency } from './latency.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round } from './stats.ts';
import { pathParams } from './seed-bench.ts';

/** Peak resident memory of a process, in MiB, from /proc (Linux). */
const peakMiB = (pid: number | 'self') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024, 0);
};

export async function scaleBench(inst: BenchInstance, sizes: number[], runs: (size: number) => number, batchSize: number, iterations: number, log: (l: string) => void) {
  const { db } = inst;
  const importRows: Record<string, unknown>[] = [];
  const batchRows = await batchSizes(db, Math.min(...sizes), log);
  const apiRows: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const graph = generateSynthetic({ nodes: size, seed: 42, dataset: `bench-${size}` });
    writeCsv(inst.importDir, graph, 'csv-', `bench-csv-${size}`);
    const ours = { nodes: [] as number[], rels: [] as number[] };
    const csv = { nodes: [] as number[], rels: [] as number[] };
    const ceiling: number[] = [];
    for (let run = 0; run < runs(size); run++) {
      await rollbackImport(db, graph.dataset);
      const report = await importGraph(db, graph, { batchSize, runId: `bench-${size}-${run}` });
      ours.nodes.push(graph.nodes.length / report.seconds.nodes);
      ours.rels.push(graph.relationships.length / report.seconds.relationships);
      await rollbackImport(db, `bench-csv-${size}`);
      let t0 = performance.now();
      await writeAutoCommit(db, 'bench-load-csv-nodes');
      csv.nodes.push(graph.nodes.length / ((performance.now() - t0) / 1000));
      t0 = performance.now();
      await writeAutoCommit(db, 'bench-load-csv-relationships');
      await awaitSearchIndex(db);
      csv.rels.push(graph.relationships.length / ((performance.now() - t0) / 1000));
      await rollbackImport(db, `bench-ceiling-${size}`);
      t0 = performance.now();
      await writeAutoCommit(db, 'bench-ceiling-nodes', { n: size, dataset: `bench-ceiling-${size}` });
      await awaitSearchIndex(db);
      ceiling.push(size / ((performance.now() - t0) / 1000));
      log(`bench: import ${size} run ${run + 1}/${runs(size)}`);
    }
    await rollbackImport(db, `bench-csv-${size}`);
    await rollbackImport(db, `bench-ceiling-${size}`);
    const med = (xs: number[]) => round(percentile(xs, 50), 0);
    importRows.push({
      size: `${size.toLocaleString()} nodes / ${graph.relationships.length.toLocaleString()} rels`, runs: runs(size), batchSize,
      nodesPerSec: med(ours.nodes), loadCsvNodesPerSec: med(csv.nodes), nodesRatio: round(med(ours.nodes) / med(csv.nodes)),
      relsPerSec: med(ours.rels), loadCsvRelsPerSec: med(csv.rels), relsRatio: round(med(ours.rels) / med(csv.rels)),
      neo4jCeilingNodesPerSec: med(ceiling),
    });

    const get = getter(inst.baseUrl);
    const [hub] = await readQuery(db, 'bench-hub', { dataset: graph.dataset });
    const a = graph.nodes[Math.floor(size / 3)]!.id;
    const b = graph.nodes[Math.floor((2 * size) / 3)]!.id;
    const term = 'synthetic compound 00012';
    const rows = await measureLatency([
      { name: `search (${size})`, api: () => get(`/api/search?q=${encodeURIComponent(term)}&limit=10`), raw: () => readQuery(db, 'search', { lucene: toLucene(term), limit: 10, type: null }) },
      { name: `1-hop expand, median node (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50`), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both' }) },
      { name: `1-hop expand, top hub (${size})`, api: () => get(`/api/entities/${hub!.id}/neighbourhood?limit=50`), raw: () => readQuery(db, 'neighbourhood', { id: hub!.id, limit: 50, skip: 0, types: null, direction: 'both' }) },
      { name: `2-hop expand (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50`).then((n: any) => Promise.all(n.nodes.slice(0, 5).map((x: any) => get(`/api/entities/${x.id}/neighbourhood?limit=50`)))), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both' }).then((r) => Promise.all((r[0]!.neighbours as any[]).slice(0, 5).map((x) => readQuery(db, 'neighbourhood', { id: x.properties.id, limit: 50, skip: 0, types: null, direction: 'both' })))) },
      { name: `3 shortest paths (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&k=3`), raw: () => readQuery(db, 'paths', { ...pathParams(a, b), k: 3 }) },
      { name: `shortest path (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}`), raw: () => readQuery(db, 'paths-one', pathParams(a, b)) },
    ], iterations, log);
    apiRows.push(...rows);
    await rollbackImport(db, graph.dataset);
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
    `Peak resident memory: Neo4j ${memory.neo4jPeakMiB} MiB, benchmark process (API server and driver) ${memory.serverPeakMiB} MiB.`,
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, batchSizes: batchRows, import: importRows, api: apiRows, memory });
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
