// API against the raw driver at scale: one client and sixteen, on search, expansion and paths.
import { readFileSync } from 'node:fs';
import { readQuery } from '../../server/db/run.ts';
import { toLucene } from '../../server/search/lucene.ts';
import type { BenchInstance } from './instance.ts';
import { withSyntheticGraph } from './fixture.ts';
import { getter, measureLatency, measureThroughput, type Operation } from './latency.ts';
import { profileOverhead } from './overhead-profile.ts';
import { runReadOnly } from '../../server/db/user-cypher.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { machine, table, writeSection } from './report.ts';
import { round } from './stats.ts';
import { pathParams } from './seed-bench.ts';

/** Peak resident memory of a process, in MiB, from /proc (Linux). */
const peakMiB = (pid: number | 'self') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024, 0);
};

/** 16 closed-loop clients, API and raw in alternate rounds; BENCH_THROUGHPUT_ROUNDS and BENCH_THROUGHPUT_MS shrink a run. */
const PLAN = { clients: 16, rounds: Number(process.env.BENCH_THROUGHPUT_ROUNDS ?? 5), roundMs: Number(process.env.BENCH_THROUGHPUT_MS ?? 3000) };
/** A saved query that answers at seed speed whatever the synthetic graph beside it: the throughput row measures the API's path, not the query. */
const SAVED = 'allegations-against-entity';

const post = async (baseUrl: string, p: string, body: unknown) => {
  const r = await fetch(baseUrl + p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
  return r.json();
};

export async function throughputBench(inst: BenchInstance, sizes: number[], iterations: number, log: (l: string) => void) {
  const { db } = inst;
  const apiRows: Record<string, unknown>[] = [];
  const throughputRows: Record<string, unknown>[] = [];
  let profile: Record<string, unknown>[] = [];
  const saved = new QueryLibrary(null).list().find((q) => q.id === SAVED)!;
  const savedParams = Object.fromEntries(Object.entries(saved.params).map(([k, v]) => [k, v.default ?? null]));
  for (const size of sizes) {
    await withSyntheticGraph(inst, size, log, async ({ dataset, a, b, hub }) => {
      const get = getter(inst.baseUrl);
      const term = 'synthetic compound 00012';
      const ops: Operation[] = [
        { name: `search (${size})`, api: () => get(`/api/search?q=${encodeURIComponent(term)}&limit=10&datasets=${dataset}`), raw: () => readQuery(db, 'search', { lucene: toLucene(term), limit: 10, type: null, datasets: [dataset] }) },
        { name: `1-hop expand, median node (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50&datasets=${dataset}`), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }) },
        { name: `1-hop expand, top hub (${size})`, api: () => get(`/api/entities/${hub.id}/neighbourhood?limit=50&datasets=${dataset}`), raw: () => readQuery(db, 'neighbourhood', { id: hub.id, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }) },
        { name: `2-hop expand (${size})`, api: () => get(`/api/entities/${a}/neighbourhood?limit=50&datasets=${dataset}`).then((n: any) => Promise.all(n.nodes.slice(0, 5).map((x: any) => get(`/api/entities/${x.id}/neighbourhood?limit=50&datasets=${dataset}`)))), raw: () => readQuery(db, 'neighbourhood', { id: a, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false }).then((r) => Promise.all((r[0]!.neighbours as any[]).slice(0, 5).map((x) => readQuery(db, 'neighbourhood', { id: x.properties.id, limit: 50, skip: 0, types: null, direction: 'both', datasets: [dataset], followSameAs: false })))) },
        { name: `3 shortest paths (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&k=3&datasets=${dataset}`), raw: () => readQuery(db, 'paths', { ...pathParams(a, b, [dataset]), k: 3 }) },
        { name: `shortest path (${size})`, api: () => get(`/api/paths?from=${a}&to=${b}&datasets=${dataset}`), raw: () => readQuery(db, 'paths-one', pathParams(a, b, [dataset])) },
      ];
      apiRows.push(...await measureLatency(ops, iterations, log));
      const savedOp: Operation = { name: `saved query ${SAVED} (${size})`, api: () => post(inst.baseUrl, `/api/queries/${SAVED}/run`, { params: {} }),
        // The server fills the reserved $datasets (the curated graph by default); the raw side does the same.
        raw: () => runReadOnly(db, saved.cypher, { ...savedParams, datasets: ['cambodia-crackdown'] }, 1000) };
      // Throughput at the largest size only: the target is set at 100k, and each row takes rounds × 2 × roundMs.
      if (size === Math.max(...sizes)) {
        throughputRows.push(...await measureThroughput([...ops.filter((o) => !o.name.startsWith('3 shortest')), savedOp], PLAN, log));
        profile = await profileOverhead(db, inst.baseUrl, hub.id, dataset, iterations);
      }
    });
  }
  const memory = { neo4jPeakMiB: peakMiB(inst.neo4jPid), serverPeakMiB: peakMiB(inst.serverPid), benchPeakMiB: peakMiB('self') };
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('throughput', 'API against the raw driver at scale', [
    `Measured ${measuredAt} with \`npm run bench\` (BENCH_ONLY=throughput) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}.`,
    'The API server runs in a process of its own (scripts/bench/api-child.ts), as in production; the raw driver and the HTTP clients run in the bench process.',
    `One client, ms: ${iterations} calls each, API and raw alternating.`, '', table(apiRows), '',
    `${PLAN.clients} closed-loop clients: ${PLAN.rounds} rounds of ${PLAN.roundMs / 1000} s each for API and for raw, alternating (and alternating which goes first); medians over the rounds.`,
    '', table(throughputRows), '',
    `Where the API's time goes on the top hub's 1-hop expand (p50 of ${iterations} sequential calls per layer, ms): each layer timed alone.`,
    '', table(profile), '',
    `Peak resident memory: Neo4j ${memory.neo4jPeakMiB} MiB, API server ${memory.serverPeakMiB} MiB, benchmark process (driver and clients) ${memory.benchPeakMiB} MiB.`,
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, api: apiRows, throughput: throughputRows, throughputPlan: PLAN, profile, memory });
}
