// Degree: how many different nodes each node is linked to; weighted, its strength (the sum of its ties' weights, as
// networkx's G.degree(weight='weight')).
import { adjacency, toMap, weightedAdjacency, type MeasureOptions, type PlainGraph } from './graph.ts';

export function degree(graph: PlainGraph, options: MeasureOptions = {}): Map<string, number> {
  if (options.weighted) {
    const adj = weightedAdjacency(graph);
    return toMap(adj.ids, adj.neighbours.map((nb) => [...nb.values()].reduce((a, b) => a + b, 0)));
  }
  const adj = adjacency(graph);
  return toMap(adj.ids, adj.neighbours.map((n) => n.length));
}
