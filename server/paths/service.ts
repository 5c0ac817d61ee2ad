// k shortest paths between two entities under evidence filters, every hop with its evidence.
import type { PathsQuery, PathsResult } from '../contract/paths.ts';
import type { GraphEdge } from '../contract/graph.ts';
import type { AllegationStatus } from '../contract/vocabulary.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode } from '../db/mappers.ts';
import { NotFoundError } from '../http/errors.ts';
import { citedSourceIds, sourcesById } from '../graph/sources.ts';

/** Statuses that mean a source reports more than the accuser's word. */
const CORROBORATED: AllegationStatus[] = ['corroborated', 'officially_confirmed', 'charged', 'convicted'];

export async function findPaths(db: Db, q: PathsQuery): Promise<PathsResult> {
  for (const id of [q.from, q.to]) {
    if ((await readQuery(db, 'entity-exists', { id })).length === 0) throw new NotFoundError(`paths.find: no entity with id '${id}'`);
  }
  const okSources = q.minReliability ? ((await readQuery(db, 'sources-graded-at-least', { grade: q.minReliability }))[0]?.ids as string[]) : null;
  const rows = await readQuery(db, 'paths', {
    from: q.from, to: q.to, k: q.k, maxHops: q.maxHops, okSources, maxCredibility: q.maxCredibility,
    strongStatuses: q.corroboratedOnly ? CORROBORATED : null, throughSources: q.throughSources,
  });
  const nodes = new Map<string, ReturnType<typeof toGraphNode>>();
  const edges = new Map<string, GraphEdge>();
  const paths = rows.map((row) => {
    const pathNodes = (row.nodes as unknown[]).map((n) => toGraphNode(asNode(n)));
    const pathEdges = (row.edges as { rel: unknown; from: string; to: string }[]).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to));
    pathNodes.forEach((n) => nodes.set(n.id, n));
    pathEdges.forEach((e) => edges.set(e.id, e));
    return { nodeIds: pathNodes.map((n) => n.id), edgeIds: pathEdges.map((e) => e.id), length: pathEdges.length };
  });
  const sources = await sourcesById(db, citedSourceIds([...nodes.values()], [...edges.values()]));
  return { paths, nodes: [...nodes.values()], edges: [...edges.values()], sources };
}
