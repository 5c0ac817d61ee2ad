// Closeness: how near a node is to the others, scaled by how many it can reach at all (Wasserman–Faust, as networkx's
// wf_improved). Unweighted, nearness is in hops; weighted, in path length (MeasureOptions in graph.ts).
import { adjacency, dijkstra, hopsFrom, pathLengths, toMap, type MeasureOptions, type PlainGraph } from './graph.ts';

export function closeness(graph: PlainGraph, options: MeasureOptions = {}): Map<string, number> {
  const adj = adjacency(graph);
  const lengths = options.weighted ? pathLengths(graph, options) : undefined;
  const n = adj.ids.length;
  const values = adj.ids.map((_, v) => {
    const dist = (lengths ? dijkstra(lengths, v).dist.filter(Number.isFinite) : hopsFrom(adj, v)).filter((d) => d > 0);
    const total = dist.reduce((a, b) => a + b, 0);
    // In a network of several pieces, a node that reaches few others is not "close" just because they are near.
    return total > 0 && n > 1 ? (dist.length / (n - 1)) * (dist.length / total) : 0;
  });
  return toMap(adj.ids, values);
}
