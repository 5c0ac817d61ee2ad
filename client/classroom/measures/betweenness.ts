// Betweenness (Brandes 2001): the share of shortest routes between other pairs that pass through a node, from 0 to 1.
// Weighted, the routes are shortest by length (MeasureOptions in graph.ts), found by Dijkstra instead of breadth-first search.
import { adjacency, dijkstra, pathLengths, sameLength, toMap, type MeasureOptions, type PlainGraph } from './graph.ts';

/** Shortest-route counts and predecessors from s, in the order nodes were reached (nearest first). */
interface Routes {
  order: number[];
  preds: number[][];
  paths: number[];
}

function hopRoutes(neighbours: number[][], s: number): Routes {
  const n = neighbours.length;
  const order: number[] = [];
  const preds: number[][] = neighbours.map(() => []);
  const paths = new Array<number>(n).fill(0);
  const dist = new Array<number>(n).fill(-1);
  paths[s] = 1;
  dist[s] = 0;
  const queue = [s];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head]!;
    order.push(v);
    for (const w of neighbours[v]!) {
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
      if (dist[w] === dist[v]! + 1) {
        paths[w]! += paths[v]!;
        preds[w]!.push(v);
      }
    }
  }
  return { order, preds, paths };
}

function lengthRoutes(lengths: ReturnType<typeof pathLengths>, s: number): Routes {
  const { dist, order } = dijkstra(lengths, s);
  const preds: number[][] = lengths.ids.map(() => []);
  const paths = lengths.ids.map(() => 0);
  paths[s] = 1;
  // Lengths are positive, so every predecessor of a node is settled before it: its count is final when used.
  for (const v of order) {
    for (const [w, len] of lengths.neighbours[v]!) {
      if (w !== s && sameLength(dist[v]! + len, dist[w]!)) {
        paths[w]! += paths[v]!;
        preds[w]!.push(v);
      }
    }
  }
  return { order, preds, paths };
}

export function betweenness(graph: PlainGraph, options: MeasureOptions = {}): Map<string, number> {
  const adj = adjacency(graph);
  const lengths = options.weighted ? pathLengths(graph, options) : undefined;
  const n = adj.ids.length;
  const score = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s += 1) {
    const { order, preds, paths } = lengths ? lengthRoutes(lengths, s) : hopRoutes(adj.neighbours, s);
    const delta = new Array<number>(n).fill(0);
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const w = order[i]!;
      for (const v of preds[w]!) delta[v]! += (paths[v]! / paths[w]!) * (1 + delta[w]!);
      if (w !== s) score[w]! += delta[w]!;
    }
  }
  // Each unordered pair was counted from both ends; then scale by the number of pairs not involving the node.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return toMap(adj.ids, score.map((v) => (pairs > 0 ? v / 2 / pairs : 0)));
}
