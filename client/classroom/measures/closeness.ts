// Closeness: how few hops a node needs to reach the others, scaled by how many it can reach at all (Wasserman–Faust).
import { adjacency, hopsFrom, toMap, type PlainGraph } from './graph.ts';

export function closeness(graph: PlainGraph): Map<string, number> {
  const adj = adjacency(graph);
  const n = adj.ids.length;
  const values = adj.ids.map((_, v) => {
    const dist = hopsFrom(adj, v).filter((d) => d > 0);
    const total = dist.reduce((a, b) => a + b, 0);
    // In a network of several pieces, a node that reaches few others is not "close" just because they are near.
    return total > 0 && n > 1 ? (dist.length / (n - 1)) * (dist.length / total) : 0;
  });
  return toMap(adj.ids, values);
}
