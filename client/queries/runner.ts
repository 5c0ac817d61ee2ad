// Running a query end to end: progress in the results dock, the table there, and the graph part onto the canvas.
import type { QueryResult, SavedQuery } from '@contract/queries.ts';
import type { GraphPart } from '../state/graph-store.ts';
import { runCypher, runSaved, type ParamValues } from './queries-api.ts';
import { currentDatasets } from '../state/dataset-scope.ts';
import type { ResultsDock } from './results-dock.ts';
import type { CanvasMode, RunOptions } from './run-options.ts';

export type ApplyGraph = (part: GraphPart, mode: CanvasMode) => Promise<unknown>;

export interface Runner {
  /**
   * Runs and shows a result, then draws its graph; a failure is rethrown for the form that started it to explain.
   * `shown` hears of the result as soon as the table is up, before the (animated) drawing ends.
   */
  saved(query: SavedQuery, params: ParamValues, shown?: (result: QueryResult) => void): Promise<QueryResult>;
  adHoc(cypher: string, params: Record<string, unknown>, shown?: (result: QueryResult) => void): Promise<QueryResult>;
}

export function createRunner(dock: ResultsDock, options: RunOptions, applyGraph: ApplyGraph): Runner {
  type Shown = ((result: QueryResult) => void) | undefined;
  const run = async (label: string, fileBase: string, work: (rowLimit: number) => Promise<QueryResult>, shown: Shown): Promise<QueryResult> => {
    dock.running(label);
    let result: QueryResult;
    try {
      result = await work(options.rowLimit());
    } catch (err) {
      dock.settle();
      throw err;
    }
    dock.show(label, fileBase, result);
    shown?.(result);
    // A table-only result leaves the canvas alone, even in "replace" mode.
    if (result.graph.nodes.length > 0) await applyGraph(result.graph, options.mode());
    return result;
  };
  return {
    // The dataset choice at the moment of the run; changing it later re-runs nothing by itself.
    saved: (query, params, shown) => run(query.title, query.id, (rowLimit) => runSaved(query.id, params, rowLimit, currentDatasets()), shown),
    adHoc: (cypher, params, shown) => run('Ad-hoc query', 'ad-hoc-query', (rowLimit) => runCypher(cypher, params, rowLimit), shown),
  };
}
