// Lists, serves and saves tours, and draws a step: entities from the tour's own dataset, or a saved query's graph.
import type { StepGraph, Tour, TourDetail, TourSummary } from '../contract/tours.ts';
import type { GraphEdge, GraphNode } from '../contract/graph.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode, toSourceSummary } from '../db/mappers.ts';
import { BadRequestError, NotFoundError } from '../http/errors.ts';
import type { QueryLibrary } from '../queries/library.ts';
import { runSaved } from '../queries/service.ts';
import type { TourLibrary } from './library.ts';
import { describe, fieldOf, type TourProblem } from './problems.ts';
import { entityProblems, entityRefs, queryProblems } from './references.ts';

/** Neighbours an `expand` adds per entity: a step is a picture for a class, not a data dump. */
const EXPAND_LIMIT = 60;
const QUERY_ROW_LIMIT = 1000;

export function listTours(library: TourLibrary): TourSummary[] {
  return library.list().map((t) => ({ id: t.id, title: t.title, description: t.description, dataset: t.dataset, steps: t.steps.length, origin: t.origin }));
}

async function firstEntityProblem(db: Db, tour: Tour): Promise<TourProblem | undefined> {
  const ids = [...new Set(entityRefs(tour).map((r) => r.id))];
  const rows = await readQuery(db, 'tours-entity-datasets', { ids });
  const datasetOf = new Map(rows.filter((r) => typeof r.dataset === 'string').map((r) => [r.id as string, r.dataset as string]));
  return entityProblems(tour, datasetOf)[0];
}

/** A tour is served only when every entity it names is in the graph, in its dataset: playing it never meets a 404. */
export async function getTour(db: Db, library: TourLibrary, id: string): Promise<TourDetail> {
  const tour = library.get(id);
  if (!tour) throw new NotFoundError(`tours.get: no tour '${id}'`);
  const problem = await firstEntityProblem(db, tour);
  if (problem) throw new NotFoundError(`tours.get: tour '${id}': ${describe(tour, problem)}`);
  return tour;
}

export async function stepGraph(db: Db, queries: QueryLibrary, library: TourLibrary, id: string, index: number): Promise<StepGraph> {
  const tour = library.get(id);
  if (!tour) throw new NotFoundError(`tours.step: no tour '${id}'`);
  const step = tour.steps[index];
  if (!step) throw new NotFoundError(`tours.step: tour '${id}' has ${tour.steps.length} steps, numbered from 0`);
  if (step.show.query) {
    const result = await runSaved(db, queries, step.show.query.id, step.show.query.params, QUERY_ROW_LIMIT, [tour.dataset]);
    return onlyDataset(result.graph, tour.dataset);
  }
  const [row] = await readQuery(db, 'tours-step-graph', { ids: step.show.entities ?? [], expand: step.show.expand ?? [], dataset: tour.dataset, limit: EXPAND_LIMIT });
  const nodes = (row?.nodes as unknown[] ?? []).map((n) => toGraphNode(asNode(n)));
  const edges = (row?.edges as Array<{ rel: unknown; from: string; to: string }> ?? []).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to));
  const sources = Object.fromEntries((row?.sources as unknown[] ?? []).map((n) => toSourceSummary(asNode(n))).map((s) => [s.id, s]));
  return { nodes, edges, sources };
}

/** A saved query reads the whole graph; a tour of one dataset shows none of another's nodes. */
function onlyDataset(graph: StepGraph, dataset: string): StepGraph {
  const nodes: GraphNode[] = graph.nodes.filter((n) => n.dataset === dataset);
  const kept = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { nodes, edges, sources: graph.sources };
}

/** New tours only (ids are never overwritten); every reference is checked before anything is written. */
export async function saveTour(db: Db, queries: QueryLibrary, library: TourLibrary, tour: Tour): Promise<TourDetail> {
  if (library.get(tour.id)) throw new BadRequestError(`id: a tour '${tour.id}' already exists; pick another id`, 'id');
  const problem = queryProblems(tour, queries)[0] ?? await firstEntityProblem(db, tour);
  if (problem) throw new BadRequestError(`tours.save: ${describe(tour, problem)}`, fieldOf(problem.path));
  return library.save(tour);
}
