// PageRank: a node matters if nodes that matter link to it. Random-surfer power iteration, links read both ways.
import { adjacency, toMap, type PlainGraph } from './graph.ts';

export interface PageRankOptions {
  /** Chance the surfer follows a link rather than jumping anywhere; 0.85 is the classic choice. */
  damping?: number;
  /** Stop when the ranks move less than this in total. */
  tolerance?: number;
  maxIterations?: number;
}

export function pagerank(graph: PlainGraph, { damping = 0.85, tolerance = 1e-12, maxIterations = 500 }: PageRankOptions = {}): Map<string, number> {
  const adj = adjacency(graph);
  const n = adj.ids.length;
  if (n === 0) return new Map();
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    // A node with no links hands its rank to everyone, so rank is never lost.
    const dangling = adj.neighbours.reduce((sum, nb, v) => (nb.length === 0 ? sum + rank[v]! : sum), 0);
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    adj.neighbours.forEach((nb, v) => {
      for (const w of nb) next[w]! += (damping * rank[v]!) / nb.length;
    });
    const change = next.reduce((sum, r, v) => sum + Math.abs(r - rank[v]!), 0);
    rank = next;
    if (change < tolerance) break;
  }
  return toMap(adj.ids, rank);
}
