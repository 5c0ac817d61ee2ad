// Communities of a view, found in the page with Louvain (graphology): the server would need every element anyway.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { KeyOf, ViewEdge, ViewNode } from './group-view.ts';

/** A key function naming each node's community ("Community 1" is the biggest). Seeded, so the same view groups the same way. */
export function communityKeys(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): KeyOf {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes) graph.addNode(n.id);
  for (const e of edges) {
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target);
  }
  const raw = louvain(graph, { rng: seeded(14) });
  // Number the communities by size, biggest first, so the names do not depend on Louvain's internal numbering.
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const name = new Map(order.map((c, i) => [c, `Community ${i + 1}`]));
  return (n) => name.get(raw[n.id]!);
}

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
