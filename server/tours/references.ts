// Checks what a tour points at: saved queries (and their parameters) when it loads, entities in the graph when it is served.
import type { Tour } from '../contract/tours.ts';
import type { QueryLibrary } from '../queries/library.ts';
import { resolveParams } from '../queries/param-values.ts';
import { BadRequestError } from '../http/errors.ts';
import type { IssuePath, TourProblem } from './problems.ts';

/** Saved queries must exist, take the given parameters, and return a graph a step can draw. */
export function queryProblems(tour: Tour, queries: QueryLibrary): TourProblem[] {
  const problems: TourProblem[] = [];
  tour.steps.forEach((step, i) => {
    const ask = step.show.query;
    if (!ask) return;
    const at = ['steps', i, 'show', 'query'];
    const query = queries.get(ask.id);
    if (!query) {
      problems.push({ path: [...at, 'id'], message: `unknown saved query '${ask.id}'` });
      return;
    }
    if (query.result !== 'graph') problems.push({ path: [...at, 'id'], message: `saved query '${ask.id}' returns a table, and a step needs a graph to draw` });
    try {
      resolveParams(query, ask.params);
    } catch (err) {
      if (!(err instanceof BadRequestError)) throw err;
      const field = err.field ?? 'params';
      problems.push({ path: [...at, ...field.split('.')], message: err.message.replace(`${field}: `, '') });
    }
  });
  return problems;
}

/** Every entity id a tour names, with where it is named. */
export function entityRefs(tour: Tour): Array<{ id: string; path: IssuePath }> {
  const refs: Array<{ id: string; path: IssuePath }> = [];
  tour.steps.forEach((step, i) => {
    const at = (...rest: PropertyKey[]) => ['steps', i, ...rest];
    step.show.entities?.forEach((id, k) => refs.push({ id, path: at('show', 'entities', k) }));
    step.show.expand?.forEach((id, k) => refs.push({ id, path: at('show', 'expand', k) }));
    step.highlight.forEach((id, k) => refs.push({ id, path: at('highlight', k) }));
    if (step.camera.center) refs.push({ id: step.camera.center, path: at('camera', 'center') });
  });
  return refs;
}

/** Given each id's dataset (absent = not in the graph), the refs that a player would trip over. */
export function entityProblems(tour: Tour, datasetOf: ReadonlyMap<string, string>): TourProblem[] {
  return entityRefs(tour).flatMap(({ id, path }): TourProblem[] => {
    const dataset = datasetOf.get(id);
    if (dataset === undefined) return [{ path, message: `no entity '${id}' in the graph` }];
    if (dataset !== tour.dataset) return [{ path, message: `'${id}' belongs to dataset '${dataset}', and this tour shows '${tour.dataset}' only` }];
    return [];
  });
}
