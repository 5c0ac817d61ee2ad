// PageRank: a node matters if nodes that matter link to it. Random-surfer power iteration, links read both ways;
// weighted, the surfer follows a tie in proportion to its weight (networkx's pagerank(G, weight='weight')).
import { adjacency, toMap, weightedAdjacency, type MeasureOptions, type PlainGraph } from './graph.ts';

export interface PageRankOptions extends MeasureOptions {
  /** Chance the surfer follows a link rather than jumping anywhere; 0.85 is the classic choice. */
  damping?: number;
  /** Stop when the ranks move less than this in total. */
  tolerance?: number;
  maxIterations?: number;
}

export function pagerank(graph: PlainGraph, { damping = 0.85, tolerance = 1e-12, maxIterations = 500, weighted = false }: PageRankOptions = {}): Map<string, number> {
  const links = weighted
    ? weightedAdjacency(graph)
    : (({ ids, neighbours }) => ({ ids, neighbours: neighbours.map((nb) => new Map(nb.map((w) => [w, 1]))) }))(adjacency(graph));
  const n = links.ids.length;
  if (n === 0) return new Map();
  const out = links.neighbours.map((nb) => [...nb.values()].reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    // A node with no links hands its rank to everyone, so rank is never lost.
    const dangling = out.reduce((sum, total, v) => (total === 0 ? sum + rank[v]! : sum), 0);
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    links.neighbours.forEach((nb, v) => {
      for (const [w, weight] of nb) next[w]! += (damping * rank[v]! * weight) / out[v]!;
    });
    const change = next.reduce((sum, r, v) => sum + Math.abs(r - rank[v]!), 0);
    rank = next;
    if (change < tolerance) break;
  }
  return toMap(links.ids, rank);
}
