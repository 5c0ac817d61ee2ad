// An entity, its evidence, and its neighbourhood.
import type { EntityDetail, GraphEdge, GraphNode, Neighbourhood, NeighbourhoodQuery } from '../contract/graph.ts';
import type { NeighbourCounts } from '../contract/paths.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode, toSourceSummary } from '../db/mappers.ts';
import { NotFoundError } from '../http/errors.ts';
import { responsesTo } from './responses.ts';
import { sourcesById } from './sources.ts';
import { refuseIncomplete } from '../datasets/complete-scope.ts';

interface EdgeRow { rel: unknown; from: string; to: string }

export async function getNeighbourhood(db: Db, id: string, page: NeighbourhoodQuery): Promise<Neighbourhood> {
  const [row] = await readQuery(db, 'neighbourhood', {
    id, limit: page.limit, skip: page.skip, types: page.relTypes ?? null, direction: page.direction, datasets: page.datasets,
    followSameAs: page.followSameAs,
  });
  if (!row) throw new NotFoundError(`graph.neighbourhood: no entity with id '${id}'`);
  const center = toGraphNode(asNode(row.centre));
  refuseOutsideScope(id, center.dataset, page.datasets);
  const nodes = (row.neighbours as unknown[]).map((n) => toGraphNode(asNode(n)));
  const edges = uniqueEdges((row.edges as EdgeRow[]).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to)));
  const total = row.total as number;
  const sources = Object.fromEntries((row.sources as unknown[]).map((n) => toSourceSummary(asNode(n))).map((s) => [s.id, s]));
  return { center, nodes, edges, sources, total, truncated: page.skip + nodes.length < total };
}

/**
 * A node from a dataset outside the scope is not expanded: its neighbours would come from a set the person did not
 * choose. Said as "not found here", with the dataset to add, since for this scope the node is not there.
 */
export function refuseOutsideScope(id: string, dataset: string, datasets: readonly string[]): void {
  if (datasets.includes(dataset)) return;
  throw new NotFoundError(`No entity '${id}' in the datasets chosen (${datasets.join(', ')}): it comes from dataset '${dataset}'. Add that dataset to explore it.`);
}

export async function getNeighbourCounts(db: Db, id: string, datasets: readonly string[], followSameAs = false): Promise<NeighbourCounts> {
  const rows = await readQuery(db, 'neighbour-counts', { id, datasets, followSameAs });
  const [first] = rows;
  if (!first) throw new NotFoundError(`graph.neighbourCounts: no entity with id '${id}'`);
  refuseOutsideScope(id, first.centreDataset as string, datasets);
  const counts = rows.filter((r) => r.relType !== null).map((r) => ({ relType: r.relType as string, direction: r.direction as 'out' | 'in', neighbourType: r.neighbourType as string, count: r.count as number }));
  return { id, total: counts.reduce((n, c) => n + c.count, 0), counts };
}

/** A relationship reached from both ends of a page appears twice in the rows. */
function uniqueEdges(edges: GraphEdge[]): GraphEdge[] {
  return [...new Map(edges.map((e) => [e.id, e])).values()];
}

export async function getEntity(db: Db, id: string): Promise<EntityDetail> {
  // The responses query runs alongside (it finds nothing for a non-allegation), so the panel waits no longer for it.
  const [[row], responses] = await Promise.all([readQuery(db, 'entity', { id }), responsesTo(db, id)]);
  if (!row) throw new NotFoundError(`graph.entity: no entity with id '${id}'`);
  const node = toGraphNode(asNode(row.node));
  // Asked by id, with no scope (a shared link, an old tab): the node's own dataset must be complete, or half an
  // import would show through here although search, paths and queries refuse it.
  await refuseIncomplete(db, [node.dataset]);
  const toNodes = (v: unknown) => (v as unknown[]).map((n) => toGraphNode(asNode(n)));
  const citedIn = (row.citedIn as { source: unknown; note: string | null }[]).map((c) => ({
    source: toSourceSummary(asNode(c.source)),
    note: c.note ?? null,
  }));
  return {
    node,
    citations: citedIn.length > 0 ? citedIn : await ownSources(db, node),
    allegations: { made: toNodes(row.made), against: toNodes(row.against), about: toNodes(row.about) },
    ...(node.type === 'Allegation' ? { responses } : {}),
  };
}

/** A non-allegation node rests on the sources listed on it. */
async function ownSources(db: Db, node: GraphNode): Promise<EntityDetail['citations']> {
  const byId = await sourcesById(db, node.sources);
  return node.sources.flatMap((s) => (byId[s] ? [{ source: byId[s], note: null }] : []));
}
