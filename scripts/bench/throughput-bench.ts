// API against the raw driver at scale: one client and sixteen, on search, expansion and paths.
import { readFileSync } from 'node:fs';
import { readQuery } from '../../server/db/run.ts';
import { toLucene } from '../../server/search/lucene.ts';
import type { BenchInstance } from './instance.ts';
import { withSyntheticGraph } from './fixture.ts';
import { getter, measureLatency } from './latency.ts';
import { machine, table, writeSection } from './report.ts';
import { round } from './stats.ts';
import { pathParams } from './seed-bench.ts';

/** Peak resident memory of a process, in MiB, from /proc (Linux). */
const peakMiB = (pid: number | 'self') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024, 0);
};

export async function throughputBench(inst: BenchInstance, sizes: number[], iterations: number, log: (l: string) => void) {
  const { db } = inst;
  const apiRows: Record<string, unknown>[] = [];
  for (const size of sizes) {
    await withSyntheticGraph(inst, size, log, async ({ dataset, a, b, hub }) => {
      const get = getter(inst.baseUrl);
      const term = 'synthetic compound 00012';
      const rows = await measureLatency([
        { name: `search (${size})`, api: () => get(`/api/search?q=${encodeURIComponent(term)}&limit=10&datasets=${dataset}`), raw: () => readQuery(db, 'search', { lucene: toLucene(term), limit: 10, type: null, datasets: [dataset] }) },
        { name: `1-hop expand, median node (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50&datasets=${dataset}`), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }) },
        { name: `1-hop expand, top hub (${size})`, api: () => get(`/api/entities/${hub.id}/neighbourhood?limit=50&datasets=${dataset}`), raw: () => readQuery(db, 'neighbourhood', { id: hub.id, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }) },
        { name: `2-hop expand (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50&datasets=${dataset}`).then((n: any) => Promise.all(n.nodes.slice(0, 5).map((x: any) => get(`/api/entities/${x.id}/neighbourhood?limit=50&datasets=${dataset}`)))), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }).then((r) => Promise.all((r[0]!.neighbours as any[]).slice(0, 5).map((x) => readQuery(db, 'neighbourhood', { id: x.properties.id, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false })))) },
        { name: `3 shortest paths (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&k=3&datasets=${dataset}`), raw: () => readQuery(db, 'paths', { ...pathParams(a, b, [dataset]), k: 3 }) },
        { name: `shortest path (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&datasets=${dataset}`), raw: () => readQuery(db, 'paths-one', pathParams(a, b, [dataset])) },
      ], iterations, log);
      apiRows.push(...rows);
    });
  }
  const memory = { neo4jPeakMiB: peakMiB(inst.neo4jPid), serverPeakMiB: peakMiB('self') };
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('throughput', 'API against the raw driver at scale', [
    `Measured ${measuredAt} with \`npm run bench\` (BENCH_ONLY=throughput) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}.`,
    `ms; ${iterations} sequential calls, then 16 clients.`, '', table(apiRows), '',
    `Peak resident memory: Neo4j ${memory.neo4jPeakMiB} MiB, benchmark process (API server and driver) ${memory.serverPeakMiB} MiB.`,
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, api: apiRows, memory });
}
