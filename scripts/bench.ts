// npm run bench: API latency against the raw driver running the same Cypher, side by side in one run,
// and the read-only guard's overhead, on a Neo4j of the benchmark's own loaded with the seed graph.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../server/neo4j-local/local-neo4j.ts';
import { portIsFree } from '../server/neo4j-local/local-neo4j.ts';
import { createDriver } from '../server/db/driver.ts';
import { readQuery, type Db } from '../server/db/run.ts';
import { applySchema } from '../server/schema/apply.ts';
import { loadSeed } from '../server/seed/load.ts';
import { createApp } from '../server/app.ts';
import { toLucene } from '../server/search/lucene.ts';
import { guardQuery } from '../server/guard/guard.ts';
import { runReadOnly } from '../server/db/user-cypher.ts';
import { QueryLibrary } from '../server/queries/library.ts';
import { percentile, round, timeConcurrent, timeEach } from './bench/stats.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const log = (line: string) => process.stderr.write(`${line}\n`);

async function freePort(): Promise<number> {
  for (let port = 17687; port < 17787; port++) if (await portIsFree(port)) return port;
  throw new Error('no free port for the benchmark Neo4j');
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-neo4j-'));
const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password: 'bench-password', heap: '1g', pagecacheMb: 512, log });
const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'bench-password' });
const db: Db = { driver, timeoutMs: 30_000 };
try {
  await applySchema(db);
  await loadSeed(db);
  const app = createApp({ driver, config: { QUERY_TIMEOUT_MS: 30_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: mkdtempSync(path.join(os.tmpdir(), 'bench-q-')) } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (p: string) => { const r = await fetch(base + p); if (!r.ok) throw new Error(`${p}: ${r.status}`); return r.json(); };

  // Each operation: the API call, and the raw driver running the same named Cypher with the same parameters.
  const ops = [
    { name: 'search "amnesty"', api: () => get('/api/search?q=amnesty&limit=10'), raw: () => readQuery(db, 'search', { lucene: toLucene('amnesty'), limit: 10, type: null }) },
    { name: '1-hop expand (crackdown)', api: () => get('/api/entities/ev-crackdown/neighbourhood?limit=50'), raw: () => readQuery(db, 'neighbourhood', { id: 'ev-crackdown', limit: 50, skip: 0, types: null, direction: 'both' }) },
    { name: 'shortest path (Hun Manet → compounds)', api: () => get('/api/paths?from=off-hun-manet&to=cmp-amnesty-investigated'), raw: () => readQuery(db, 'paths', { from: 'off-hun-manet', to: 'cmp-amnesty-investigated', k: 1, maxHops: 6, minReliability: null, maxCredibility: 6, strongStatuses: null, throughSources: false }) },
  ];
  const rows: Record<string, unknown>[] = [];
  for (const op of ops) {
    await timeEach(30, op.api); await timeEach(30, op.raw); // warm-up: plan caches, JIT, connection pool
    const api1 = await timeEach(ITERATIONS, op.api);
    const raw1 = await timeEach(ITERATIONS, op.raw);
    const api16 = await timeConcurrent(16, Math.ceil(ITERATIONS / 16) * 2, op.api);
    const raw16 = await timeConcurrent(16, Math.ceil(ITERATIONS / 16) * 2, op.raw);
    rows.push({
      operation: op.name,
      apiP50: round(percentile(api1, 50)), apiP95: round(percentile(api1, 95)),
      rawP50: round(percentile(raw1, 50)), rawP95: round(percentile(raw1, 95)),
      p50Ratio: round(percentile(api1, 50) / percentile(raw1, 50)),
      api16P50: round(percentile(api16, 50)), api16P95: round(percentile(api16, 95)),
      raw16P95: round(percentile(raw16, 95)),
      p95At16Over1: round(percentile(api16, 95) / percentile(api1, 95)),
    });
    log(`bench: ${op.name} done`);
  }

  // Guard overhead: EXPLAIN plus the plan checks, against running the query itself, per shipped query.
  const library = new QueryLibrary(null);
  const guardRows: Record<string, unknown>[] = [];
  for (const q of library.list()) {
    const params = Object.fromEntries(Object.entries(q.params).map(([k, v]) => [k, v.default ?? null]));
    await timeEach(10, () => guardQuery(db, q.cypher, params)); await timeEach(10, () => runReadOnly(db, q.cypher, params, 1000));
    const guard = await timeEach(50, () => guardQuery(db, q.cypher, params));
    const run = await timeEach(50, () => runReadOnly(db, q.cypher, params, 1000));
    guardRows.push({ query: q.id, guardP50: round(percentile(guard, 50)), runP50: round(percentile(run, 50)), ratio: round(percentile(guard, 50) / percentile(run, 50)) });
  }
  const ratios = guardRows.map((r) => r.ratio as number);
  const guardSummary = { medianRatio: round(percentile(ratios, 50)), maxRatio: round(Math.max(...ratios)) };

  server.closeAllConnections();
  server.close();
  report(rows, guardRows, guardSummary);
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

function report(api: Record<string, unknown>[], guard: Record<string, unknown>[], guardSummary: Record<string, number>) {
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.type()} ${os.release()}` };
  const result = { measuredAt: new Date().toISOString(), command: 'npm run bench', iterations: ITERATIONS, machine, dataset: 'seed (cambodia-crackdown)', api, guard, guardSummary };
  mkdirSync('docs/bench', { recursive: true });
  writeFileSync('docs/bench/seed-latest.json', `${JSON.stringify(result, null, 2)}\n`);
  const table = (rows: Record<string, unknown>[]) => {
    const cols = Object.keys(rows[0] ?? {});
    return [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map((c) => String(r[c])).join(' | ')} |`)].join('\n');
  };
  const section = [
    '<!-- bench:seed:start (written by `npm run bench`; do not edit by hand) -->',
    `Measured ${result.measuredAt} with \`${result.command}\` on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}.`,
    `${ITERATIONS} sequential calls per row after a warm-up; the 16-client columns run 16 loops at once. Times in ms.`,
    '`raw` is the driver running the same named Cypher with the same parameters in the same process; `p50Ratio` = API p50 / raw p50.',
    '',
    table(api),
    '',
    `Read-only guard (EXPLAIN + plan checks) against running the query itself, p50 of 50 runs each: median ratio ${guardSummary.medianRatio}, worst ${guardSummary.maxRatio}.`,
    '',
    table(guard),
    '<!-- bench:seed:end -->',
  ].join('\n');
  const file = 'docs/benchmarks.md';
  let doc: string;
  try { doc = readFileSync(file, 'utf8'); } catch { doc = '# Benchmarks\n\nEvery figure below is written by the benchmark itself; none is typed in by hand.\n\n## Seed graph: API against the raw driver, and the guard\n\n<!-- bench:seed:start --><!-- bench:seed:end -->\n'; }
  doc = doc.replace(/<!-- bench:seed:start[\s\S]*?<!-- bench:seed:end -->/, section);
  writeFileSync(file, doc);
  console.log(section);
}
