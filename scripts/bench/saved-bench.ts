// Every shipped saved query at scale: through the API and raw, with a synthetic graph loaded beside the curated one.
import { QueryLibrary } from '../../server/queries/library.ts';
import { runReadOnly } from '../../server/db/user-cypher.ts';
import type { BenchInstance } from './instance.ts';
import { withSyntheticGraph } from './fixture.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round, timeInterleaved } from './stats.ts';

export async function savedBench(inst: BenchInstance, sizes: number[], log: (l: string) => void) {
  const rows: Record<string, unknown>[] = [];
  for (const size of sizes) rows.push(...await withSyntheticGraph(inst, size, log, (f) => savedQueries(inst, f.size, log)));
  const m = machine();
  const measuredAt = new Date().toISOString();
  writeSection('saved', 'Saved queries with a synthetic graph beside the curated one', [
    `Measured ${measuredAt} with \`npm run bench\` (BENCH_ONLY=saved) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}.`,
    `ms, p50 of ${SAVED_RUNS} runs, default parameters. API = guard (EXPLAIN + plan checks) + run + table and graph form over HTTP; raw = the driver running the query alone.`,
    '', table(rows),
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, savedQueries: rows });
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

