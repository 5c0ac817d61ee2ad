// Seed graph: API against the raw driver, and the read-only guard's overhead per shipped query.
import { readQuery } from '../../server/db/run.ts';
import { loadSeed } from '../../server/seed/load.ts';
import { toLucene } from '../../server/search/lucene.ts';
import { guardQuery } from '../../server/guard/guard.ts';
import { runReadOnly } from '../../server/db/user-cypher.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import type { BenchInstance } from './instance.ts';
import { getter, measureLatency } from './latency.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round, timeEach } from './stats.ts';

export async function seedBench(inst: BenchInstance, iterations: number, log: (l: string) => void): Promise<void> {
  const { db } = inst;
  const get = getter(inst.baseUrl);
  await loadSeed(db);
  const api = await measureLatency([
    { name: 'search "amnesty"', api: () => get('/api/search?q=amnesty&limit=10'), raw: () => readQuery(db, 'search', { lucene: toLucene('amnesty'), limit: 10, type: null, datasets: ['cambodia-crackdown'] }) },
    { name: '1-hop expand (crackdown)', api: () => get('/api/entities/ev-crackdown/neighbourhood?limit=50'), raw: () => readQuery(db, 'neighbourhood', { id: 'ev-crackdown', limit: 50, skip: 0, types: null, direction: 'both', datasets: ['cambodia-crackdown'], followSameAs: false }) },
    { name: 'shortest path (Hun Manet → compounds)', api: () => get('/api/paths?from=off-hun-manet&to=cmp-amnesty-investigated'), raw: () => readQuery(db, 'paths-one', pathParams('off-hun-manet', 'cmp-amnesty-investigated')) },
  ], iterations, log);

  const guard: Record<string, unknown>[] = [];
  for (const q of new QueryLibrary(null).list()) {
    const params = Object.fromEntries(Object.entries(q.params).map(([k, v]) => [k, v.default ?? null]));
    await timeEach(10, () => guardQuery(db, q.cypher, params));
    await timeEach(10, () => runReadOnly(db, q.cypher, params, 1000));
    const g = await timeEach(50, () => guardQuery(db, q.cypher, params));
    const r = await timeEach(50, () => runReadOnly(db, q.cypher, params, 1000));
    guard.push({ query: q.id, guardP50: round(percentile(g, 50)), runP50: round(percentile(r, 50)), ratio: round(percentile(g, 50) / percentile(r, 50)) });
  }
  const ratios = guard.map((r) => r.ratio as number);
  const summary = { medianRatio: round(percentile(ratios, 50)), maxRatio: round(Math.max(...ratios)) };
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('seed', 'Seed graph: API against the raw driver, and the read-only guard', [
    `Measured ${measuredAt} with \`npm run bench\` on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}.`,
    `${iterations} sequential calls per row after a warm-up; the 16-client columns run 16 loops at once. Times in ms.`,
    '`raw` is the driver running the same named Cypher with the same parameters in the same process; `p50Ratio` = API p50 / raw p50.',
    '', table(api), '',
    `Read-only guard (EXPLAIN + plan checks) against running the query itself, p50 of 50 runs each: median ratio ${summary.medianRatio}, worst ${summary.maxRatio}.`,
    '', table(guard),
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, iterations, api, guard, guardSummary: summary });
}

export const pathParams = (from: string, to: string, datasets = ['cambodia-crackdown']) => ({
  from, to, k: 1, maxHops: 6, minReliability: null, maxCredibility: 6, strongStatuses: null, throughSources: false, datasets, followSameAs: false,
});
