// Measures at scale by the database (issue 14, target 7): each GDS measure through the API on a synthetic graph,
// end to end (projection, algorithm, stream, JSON over HTTP, drop), so the figure is what the panel waits for.
import { MeasureName, type MeasureEngine } from '../../server/contract/measures.ts';
import { BETWEENNESS_EXACT_UP_TO, BETWEENNESS_SOURCES } from '../../server/measures/service.ts';
import type { BenchInstance } from './instance.ts';
import { withSyntheticGraph } from './fixture.ts';
import { machine, table, writeSection } from './report.ts';
import { percentile, round, timeEach } from './stats.ts';

export async function measuresBench(inst: BenchInstance, sizes: number[], runs: number, log: (l: string) => void) {
  const engine = await getJson(inst.baseUrl, '/api/measures/engine') as MeasureEngine;
  const m = machine();
  const measuredAt = new Date().toISOString();
  const json = { measuredAt, command: 'npm run bench (BENCH_ONLY=measures)', machine: m, gds: engine.gds,
    ...(engine.gds ? { gdsVersion: engine.gdsVersion } : { why: engine.why, gdsVersion: null }) };
  if (!engine.gds) {
    writeSection('measures', 'Measures at scale by the database (GDS)', `Not measured: ${engine.why}.`, { ...json, timings: [] });
    return;
  }
  const timings: Record<string, unknown>[] = [];
  for (const size of sizes) {
    timings.push(...await withSyntheticGraph(inst, size, log, async (f) => {
      const rows: Record<string, unknown>[] = [];
      for (const measure of MeasureName.options) {
        const path = `/api/measures/${measure}?datasets=${f.dataset}`;
        let shape = { nodes: 0, relationships: 0, sampledSources: undefined as number | undefined };
        try {
          const ms = await timeEach(runs, async () => { shape = await getJson(inst.baseUrl, path) as typeof shape; });
          rows.push({ measure, nodes: shape.nodes, relationships: shape.relationships, ms: round(percentile(ms, 50)), runs,
            ...(shape.sampledSources ? { sampledSources: shape.sampledSources } : {}) });
          log(`bench: measures ${measure} (${size}) ${round(percentile(ms, 50))} ms`);
        } catch (err) {
          // A measure past its deadline is a figure too: recorded as such, and the others still measured.
          rows.push({ measure, nodes: size, relationships: f.relationships, ms: null, runs, error: err instanceof Error ? err.message.slice(0, 300) : String(err) });
          log(`bench: measures ${measure} (${size}) failed: ${String(err)}`);
        }
      }
      return rows;
    }));
  }
  writeSection('measures', 'Measures at scale by the database (GDS)', [
    `Measured ${measuredAt} with \`npm run bench\` (BENCH_ONLY=measures) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; GDS ${engine.gdsVersion} Community.`,
    `ms, p50 of ${runs} runs of GET /api/measures/:measure, end to end: a Cypher projection of the dataset, the algorithm, every node's score streamed and sent as JSON, the projection dropped.`,
    `Betweenness is exact up to ${BETWEENNESS_EXACT_UP_TO.toLocaleString('en')} nodes; above, estimated from ${BETWEENNESS_SOURCES} sampled sources (sampledSources).`,
    // Every row shows the sampling column, not only the first row's keys (table() reads its columns from row one).
    '', table(timings.map((r) => ({ ...r, sampledSources: r.sampledSources ?? '—', error: r.error ?? '' }))),
  ].join('\n'), { ...json, timings });
}

async function getJson(baseUrl: string, path: string): Promise<unknown> {
  const r = await fetch(baseUrl + path);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}
