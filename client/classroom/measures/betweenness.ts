// Betweenness (Brandes 2001): the share of shortest routes between other pairs that pass through a node, from 0 to 1.
import { adjacency, toMap, type PlainGraph } from './graph.ts';

export function betweenness(graph: PlainGraph): Map<string, number> {
  const adj = adjacency(graph);
  const n = adj.ids.length;
  const score = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s += 1) {
    const stack: number[] = [];
    const preds: number[][] = adj.ids.map(() => []);
    const paths = new Array<number>(n).fill(0);
    const dist = new Array<number>(n).fill(-1);
    paths[s] = 1;
    dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head += 1) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of adj.neighbours[v]!) {
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
    const delta = new Array<number>(n).fill(0);
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds[w]!) delta[v]! += (paths[v]! / paths[w]!) * (1 + delta[w]!);
      if (w !== s) score[w]! += delta[w]!;
    }
  }
  // Each unordered pair was counted from both ends; then scale by the number of pairs not involving the node.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return toMap(adj.ids, score.map((v) => (pairs > 0 ? v / 2 / pairs : 0)));
}
