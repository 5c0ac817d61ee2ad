// Measures by Graph Data Science: project the scope, run one algorithm, stream it, and always drop the projection.
import { randomUUID } from 'node:crypto';
import type { MeasureEngine, MeasureName, MeasureResult } from '../contract/measures.ts';
import { readQuery, type Db, type Row } from '../db/run.ts';
import { ConflictError } from '../http/errors.ts';

/** Under the local Neo4j's 60 s transaction cap, so the API's own deadline answers first with its reason. */
export const MEASURE_TIMEOUT_MS = 55_000;
/**
 * Exact betweenness is O(n·m): a search from every node. Above this many nodes it is estimated from
 * BETWEENNESS_SOURCES sampled sources (exact at 20k/100k ties took over a minute on 2 shared cores).
 */
export const BETWEENNESS_EXACT_UP_TO = 5_000;
export const BETWEENNESS_SOURCES = 256;

const PROCEDURE_NOT_FOUND = 'Neo.ClientError.Procedure.ProcedureNotFound';

export const NO_GDS_WHY = 'this database has no Graph Data Science library (the gds.* procedures are not installed), so measures are computed in the browser, for graphs under 20,000 nodes';

/** Asked on every call, not cached: an outside server may get (or lose) the plugin while the API runs. */
export async function measureEngine(db: Db): Promise<MeasureEngine> {
  try {
    const [row] = await readQuery(db, 'measures-gds-version');
    return { gds: true, gdsVersion: String(row?.gdsVersion) };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === PROCEDURE_NOT_FOUND) return { gds: false, why: NO_GDS_WHY };
    throw err;
  }
}

export async function computeMeasure(db: Db, measure: MeasureName, datasets: string[]): Promise<MeasureResult> {
  const engine = await measureEngine(db);
  if (!engine.gds) throw new ConflictError(`measures: ${engine.why}`, 'engine');
  const long: Db = { ...db, timeoutMs: Math.max(db.timeoutMs, MEASURE_TIMEOUT_MS) };
  const graphName = `scamgraph-measures-${randomUUID()}`;
  try {
    const [size] = await readQuery(long, 'measures-project', { graphName, datasets });
    const nodes = Number(size?.nodes ?? 0);
    // GDS counts each undirected tie in both directions; the contract counts ties.
    const relationships = Number(size?.relationships ?? 0) / 2;
    const samplingSize = measure === 'betweenness' && nodes > BETWEENNESS_EXACT_UP_TO ? BETWEENNESS_SOURCES : null;
    const rows = nodes === 0 ? [] : await readQuery(long, `measures-${measure}`, { graphName, samplingSize });
    return {
      measure, engine: { name: 'gds', version: engine.gdsVersion }, nodes, relationships,
      ...(samplingSize ? { sampledSources: samplingSize } : {}),
      scores: asBrowserDoes(measure, rows, nodes, samplingSize),
    };
  } finally {
    // Even after a timeout or an error: a projection left behind holds heap until the database restarts.
    await readQuery(db, 'measures-drop', { graphName }).catch(() => {});
  }
}

/** GDS's figures on the browser's scale (client/classroom/measures/), so the panel shows one meaning for each. */
function asBrowserDoes(measure: MeasureName, rows: Row[], n: number, samplingSize: number | null): MeasureResult['scores'] {
  const scores = rows.map((r) => ({ id: String(r.id), value: Number(r.score) }));
  if (measure === 'betweenness') {
    // GDS counts each unordered pair once on an undirected graph; the browser divides by the pairs not involving
    // the node, (n-1)(n-2)/2. A sample of k sources stands for all n: scaled up by n/k.
    const pairs = ((n - 1) * (n - 2)) / 2;
    const scale = samplingSize ? n / samplingSize : 1;
    return scores.map((s) => ({ id: s.id, value: pairs > 0 ? (s.value * scale) / pairs : 0 }));
  }
  if (measure === 'communities') return numberBySize(scores);
  return scores;
}

/** Group 0 is the largest, then by size, ties by first member's id: the browser's numbering. */
function numberBySize(scores: MeasureResult['scores']): MeasureResult['scores'] {
  const members = new Map<number, string[]>();
  for (const { id, value } of scores) members.set(value, [...(members.get(value) ?? []), id]);
  const rank = new Map<number, number>();
  [...members].sort((a, b) => b[1].length - a[1].length || (a[1][0]! < b[1][0]! ? -1 : 1)).forEach(([c], i) => rank.set(c, i));
  return scores.map((s) => ({ id: s.id, value: rank.get(s.value)! }));
}
