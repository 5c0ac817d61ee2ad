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
    `ms, p50 and p95 of ${SAVED_RUNS} runs each, API and raw interleaved, default parameters. API = guard (EXPLAIN + plan checks) + run + table and graph form over HTTP; raw = the driver running the query alone.`,
    '', table(rows),
    '', 'What makes each fast (issue 14; the comment at the top of its Cypher in cypher/queries/):',
    '', ...new QueryLibrary(null).list().map((q) => `- ${q.id}: ${whatMakesItFast(q.cypher)}`),
  ].join('\n'), { measuredAt, command: 'npm run bench', machine: m, savedQueries: rows });
}

/** Twenty of each, interleaved, so a p95 rests on more than the one slowest run. */
const SAVED_RUNS = 20;

/** The `// Issue 14:` sentence a rewritten query carries (to its first full stop); queries left alone already started from an index. */
function whatMakesItFast(cypher: string): string {
  const lines = cypher.split('\n');
  const start = lines.findIndex((l) => l.startsWith('// Issue 14:'));
  if (start < 0) return 'unchanged: it already starts from an indexed id or the entity_dataset index, or reads few nodes';
  const sentence: string[] = [];
  for (const l of lines.slice(start)) {
    if (!l.startsWith('//')) break;
    sentence.push(l.replace(/^\/\/\s?/, ''));
    if (l.trimEnd().endsWith('.')) break;
  }
  return sentence.join(' ').slice('Issue 14:'.length).trim();
}

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
    rows.push({
      query: q.id, graph: `${size.toLocaleString()} nodes`,
      apiP50: round(percentile(a, 50)), apiP95: round(percentile(a, 95)), rawP50: round(percentile(r, 50)), rawP95: round(percentile(r, 95)),
    });
  }
  log(`bench: saved queries (${size}) measured`);
  return rows;
}

const post = async (baseUrl: string, p: string, body: unknown) => {
  const r = await fetch(baseUrl + p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
  return r.json();
};

