// Degree: how many different nodes each node is linked to.
import { adjacency, toMap, type PlainGraph } from './graph.ts';

export function degree(graph: PlainGraph): Map<string, number> {
  const adj = adjacency(graph);
  return toMap(adj.ids, adj.neighbours.map((n) => n.length));
}
