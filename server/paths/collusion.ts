// Collusion paths: accused ← allegation of complicity → what it concerns, listed and explained like any path;
// those merely linked to an accused party only on request, and then labelled as not accused.
import type { CollusionQuery, GraphPath, LinkedRole, PathsResult } from '../contract/paths.ts';
import type { GraphEdge, GraphNode } from '../contract/graph.ts';
import { readQuery, type Db, type Row } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode } from '../db/mappers.ts';
import { citedSourceIds, sourcesById } from '../graph/sources.ts';
import { LINK_TYPES, linkedWords } from './linked-words.ts';
import { missingEnd } from './ends.ts';

interface Found { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge>; linked: Map<string, LinkedRole> }

/** Maps a relationship with the ids of its ends, which the row carries as nodes. */
function edgeOf(rel: unknown, from: GraphNode, to: GraphNode): GraphEdge {
  return toGraphEdge(asRelationship(rel), from.id, to.id);
}

function pathOf(row: Row, found: Found): GraphPath {
  const node = (v: unknown): GraphNode => {
    const n = toGraphNode(asNode(v));
    found.nodes.set(n.id, n);
    return n;
  };
  const allegation = node(row.allegation);
  const accused = node(row.accused);
  const target = node(row.target);
  const start = node(row.start);
  const edges = [edgeOf(row.against, allegation, accused), edgeOf(row.concerns, allegation, target)];
  const nodeIds = [accused.id, allegation.id, target.id];
  if (row.link !== null && row.link !== undefined) {
    const towards = row.linkFromStart === true;
    const link = edgeOf(row.link, towards ? start : accused, towards ? accused : start);
    edges.unshift(link);
    nodeIds.unshift(start.id);
    found.linked.set(start.id, { nodeId: start.id, accusedId: accused.id, relType: link.type, towardsAccused: towards, words: linkedWords(link.type, towards, accused.type) });
  }
  edges.forEach((e) => found.edges.set(e.id, e));
  // Who makes the allegation is shown beside the path (the explanation names them), not on it.
  for (const m of row.makers as Array<{ rel: unknown; node: unknown }>) {
    if (m.rel === null || m.node === null) continue;
    const maker = node(m.node);
    const e = edgeOf(m.rel, allegation, maker);
    found.edges.set(e.id, e);
  }
  return { nodeIds, edgeIds: edges.map((e) => e.id), length: edges.length, allegationId: allegation.id };
}

/** Read from the asked-for end when one is given: From=compound reads compound → allegation → accused. */
function oriented(p: GraphPath, q: CollusionQuery): GraphPath {
  const last = p.nodeIds.at(-1);
  const flip = (q.from !== undefined && q.from === last) || (q.from === undefined && q.to !== undefined && q.to === p.nodeIds[0]);
  return flip ? { ...p, nodeIds: [...p.nodeIds].reverse(), edgeIds: [...p.edgeIds].reverse() } : p;
}

export async function findCollusionPaths(db: Db, q: CollusionQuery): Promise<PathsResult> {
  const rows = await readQuery(db, 'collusion-find', {
    from: q.from ?? null, to: q.to ?? null, includeLinked: q.includeLinked, datasets: q.datasets, linkTypes: LINK_TYPES,
  });
  if (rows.length === 0) await missingEnd(db, [q.from, q.to], q.datasets);
  const found: Found = { nodes: new Map(), edges: new Map(), linked: new Map() };
  const paths = rows.map((row) => oriented(pathOf(row, found), q));
  const nodes = [...found.nodes.values()];
  const edges = [...found.edges.values()];
  return { kind: 'collusion', paths, nodes, edges, sources: await sourcesById(db, citedSourceIds(nodes, edges)), linked: [...found.linked.values()] };
}
