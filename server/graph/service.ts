// An entity, its evidence, and its neighbourhood.
import type { EntityDetail, GraphEdge, GraphNode, Neighbourhood } from '../contract/graph.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode, toSourceSummary } from '../db/mappers.ts';
import { NotFoundError } from '../http/errors.ts';
import { citedSourceIds, sourcesById } from './sources.ts';

interface EdgeRow { rel: unknown; from: string; to: string }

export async function getNeighbourhood(db: Db, id: string, page: { limit: number; skip: number }): Promise<Neighbourhood> {
  const [row] = await readQuery(db, 'neighbourhood', { id, ...page });
  if (!row) throw new NotFoundError(`graph.neighbourhood: no entity with id '${id}'`);
  const center = toGraphNode(asNode(row.centre));
  const nodes = (row.neighbours as unknown[]).map((n) => toGraphNode(asNode(n)));
  const edges = uniqueEdges((row.edges as EdgeRow[]).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to)));
  const total = row.total as number;
  const sources = await sourcesById(db, citedSourceIds([center, ...nodes], edges));
  return { center, nodes, edges, sources, total, truncated: page.skip + nodes.length < total };
}

/** A relationship reached from both ends of a page appears twice in the rows. */
function uniqueEdges(edges: GraphEdge[]): GraphEdge[] {
  return [...new Map(edges.map((e) => [e.id, e])).values()];
}

export async function getEntity(db: Db, id: string): Promise<EntityDetail> {
  const [row] = await readQuery(db, 'entity', { id });
  if (!row) throw new NotFoundError(`graph.entity: no entity with id '${id}'`);
  const node = toGraphNode(asNode(row.node));
  const toNodes = (v: unknown) => (v as unknown[]).map((n) => toGraphNode(asNode(n)));
  const citedIn = (row.citedIn as { source: unknown; note: string | null }[]).map((c) => ({
    source: toSourceSummary(asNode(c.source)),
    note: c.note ?? null,
  }));
  return {
    node,
    citations: citedIn.length > 0 ? citedIn : await ownSources(db, node),
    allegations: { made: toNodes(row.made), against: toNodes(row.against), about: toNodes(row.about) },
  };
}

/** A non-allegation node rests on the sources listed on it. */
async function ownSources(db: Db, node: GraphNode): Promise<EntityDetail['citations']> {
  const byId = await sourcesById(db, node.sources);
  return node.sources.flatMap((s) => (byId[s] ? [{ source: byId[s], note: null }] : []));
}
