// k shortest paths between two entities under evidence filters, every hop with its evidence.
import type { PathsQuery, PathsResult } from '../contract/paths.ts';
import type { GraphEdge, GraphNode } from '../contract/graph.ts';
import type { AllegationStatus } from '../contract/vocabulary.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode, toSourceSummary } from '../db/mappers.ts';
import { missingEnd } from './ends.ts';

/** Statuses that mean a source reports more than the accuser's word. */
const CORROBORATED: AllegationStatus[] = ['corroborated', 'officially_confirmed', 'charged', 'convicted'];

interface PathRow { nodes: unknown[]; edges: { rel: unknown; from: string; to: string }[] }

export async function findPaths(db: Db, q: PathsQuery): Promise<PathsResult> {
  // k = 1 (the default) has its own query: SHORTEST 1 is an order of magnitude cheaper than SHORTEST 10.
  const [row] = await readQuery(db, q.k === 1 ? 'paths-one' : 'paths', {
    from: q.from, to: q.to, k: q.k, maxHops: q.maxHops, minReliability: q.minReliability ?? null, maxCredibility: q.maxCredibility,
    strongStatuses: q.corroboratedOnly ? CORROBORATED : null, throughSources: q.throughSources, datasets: q.datasets,
    followSameAs: q.followSameAs,
  });
  const found = (row?.paths ?? []) as PathRow[];
  if (found.length === 0) await missingEnd(db, [q.from, q.to], q.datasets);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths = found.map((p) => {
    const pathNodes = p.nodes.map((n) => toGraphNode(asNode(n)));
    const pathEdges = p.edges.map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to));
    pathNodes.forEach((n) => nodes.set(n.id, n));
    pathEdges.forEach((e) => edges.set(e.id, e));
    return { nodeIds: pathNodes.map((n) => n.id), edgeIds: pathEdges.map((e) => e.id), length: pathEdges.length };
  });
  const sources = Object.fromEntries(((row?.sources ?? []) as unknown[]).map((n) => toSourceSummary(asNode(n))).map((s) => [s.id, s]));
  return { kind: 'paths', paths, nodes: [...nodes.values()], edges: [...edges.values()], sources, linked: [] };
}
