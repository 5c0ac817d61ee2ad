// Asking the database (Neo4j Graph Data Science) for a measure, and the words that say which engine computed it.
import { MeasureEngine, MeasureResult, type MeasureName } from '@contract/measures.ts';
import { ApiError, request } from '../../api.ts';
import { datasetsParam } from '../../state/dataset-scope.ts';

export { DATABASE_MEASURES_FROM_NODES } from '@contract/measures.ts';

export type ByDatabase =
  | { ok: true; scores: Map<string, number>; words: string }
  | { ok: false; why: string };

/** Whether the database has GDS; asked once per page (a server rarely gains the plugin while a class uses it). */
let engine: Promise<MeasureEngine> | undefined;
export function databaseEngine(): Promise<MeasureEngine> {
  engine ??= request('/api/measures/engine', MeasureEngine).catch((err: unknown) => {
    engine = undefined;
    throw err;
  });
  return engine;
}

export const BROWSER_WORDS = 'computed in this browser';

/** The measure over the whole chosen scope, or why the database cannot give it (no GDS, timeout, unreachable). */
export async function measureByDatabase(measure: MeasureName, signal?: AbortSignal): Promise<ByDatabase> {
  const found = await databaseEngine().catch((err: unknown) => ({ gds: false as const, why: err instanceof Error ? err.message : String(err) }));
  if (!found.gds) return { ok: false, why: found.why };
  try {
    const result = await request(`/api/measures/${measure}?datasets=${encodeURIComponent(datasetsParam())}`, MeasureResult, signal);
    const sampled = result.sampledSources ? `, betweenness estimated from ${result.sampledSources.toLocaleString('en')} sampled starting points` : '';
    return {
      ok: true,
      scores: new Map(result.scores.map((s) => [s.id, s.value])),
      words: `computed by the database (GDS ${result.engine.version}) over the chosen datasets: ${result.nodes.toLocaleString('en')} nodes, ${result.relationships.toLocaleString('en')} links${sampled}`,
    };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'aborted') throw err;
    return { ok: false, why: `the database could not compute it: ${err instanceof Error ? err.message : String(err)}` };
  }
}
