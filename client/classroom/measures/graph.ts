// The plain network every measure takes, and its undirected simple adjacency (self-loops, repeats and dangling links dropped).

export interface PlainGraph {
  nodes: string[];
  /** `weight` is read only by the weighted option; a link without one counts 1, as networkx's `weight=` default. */
  edges: Array<{ source: string; target: string; weight?: number }>;
}

/**
 * The weighted option. As networkx: degree (strength), PageRank and Louvain read a weight as a tie's strength.
 * Shortest paths (closeness, betweenness) need a length: with `weightAs: 'strength'` (the default: a heavier tie
 * is a closer one) a link's length is 1 / weight, as Newman (2001) and Opsahl et al. (2010) do for tie strengths;
 * with `weightAs: 'distance'` the weight is the length itself, which is what networkx's
 * `closeness_centrality(G, distance='weight')` and `betweenness_centrality(G, weight='weight')` do.
 */
export interface MeasureOptions {
  weighted?: boolean;
  weightAs?: 'strength' | 'distance';
}

/** Undirected weighted adjacency: neighbours[v] maps neighbour -> combined weight. */
export interface WeightedAdjacency {
  ids: string[];
  neighbours: Array<Map<number, number>>;
}

/** A weight a measure can use: finite and above zero. Others (0, negative, NaN) are left out of the weighted measures. */
export const usableWeight = (w: number | undefined): boolean => w === undefined || (Number.isFinite(w) && w > 0);

/**
 * Repeated links between the same two nodes are one tie: strengths add up (two meetings make a stronger tie);
 * distances keep the shortest (two roads, take the short one). Self-loops and dangling links are dropped.
 */
export function weightedAdjacency(graph: PlainGraph, combine: 'sum' | 'min' = 'sum'): WeightedAdjacency {
  const ids = [...new Set(graph.nodes)];
  const index = new Map(ids.map((id, i) => [id, i]));
  const maps = ids.map(() => new Map<number, number>());
  for (const { source, target, weight } of graph.edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined || a === b || !usableWeight(weight)) continue;
    const w = weight ?? 1;
    const before = maps[a]!.get(b);
    const next = before === undefined ? w : combine === 'sum' ? before + w : Math.min(before, w);
    maps[a]!.set(b, next);
    maps[b]!.set(a, next);
  }
  return { ids, neighbours: maps };
}

/** Lengths for shortest paths under the options: 1 per hop unweighted, else from the weights as MeasureOptions says. */
export function pathLengths(graph: PlainGraph, options: MeasureOptions): WeightedAdjacency {
  if (!options.weighted) {
    const adj = adjacency(graph);
    return { ids: adj.ids, neighbours: adj.neighbours.map((nb) => new Map(nb.map((w) => [w, 1]))) };
  }
  if (options.weightAs === 'distance') return weightedAdjacency(graph, 'min');
  const strengths = weightedAdjacency(graph, 'sum');
  return { ids: strengths.ids, neighbours: strengths.neighbours.map((nb) => new Map([...nb].map(([w, s]) => [w, 1 / s]))) };
}

/**
 * Two path lengths are equal within a relative 1e-9: 0.1 + 0.2 ties 0.3. (networkx compares floats exactly, so there
 * 0.1 + 0.2 is longer; on integer or halving weights the two agree.)
 */
export const sameLength = (a: number, b: number): boolean =>
  (Number.isFinite(a) && Number.isFinite(b) ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) : a === b);

/** Dijkstra from one node: lengths (Infinity where unreachable) and the order nodes were settled in, nearest first. */
export function dijkstra(adj: WeightedAdjacency, start: number): { dist: number[]; order: number[] } {
  const dist = adj.ids.map(() => Infinity);
  const done = adj.ids.map(() => false);
  const order: number[] = [];
  dist[start] = 0;
  const heap = new MinHeap();
  heap.push(0, start);
  while (heap.size > 0) {
    const [d, v] = heap.pop();
    if (done[v] || d > dist[v]!) continue;
    done[v] = true;
    order.push(v);
    for (const [w, len] of adj.neighbours[v]!) {
      const through = d + len;
      if (through < dist[w]! && !sameLength(through, dist[w]!)) {
        dist[w] = through;
        heap.push(through, w);
      }
    }
  }
  return { dist, order };
}

/** A binary heap of (key, node), smallest key first. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.values[0]!];
    const lastKey = this.keys.pop()!;
    const lastValue = this.values.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.keys[l]! < this.keys[m]!) m = l;
        if (r < this.keys.length && this.keys[r]! < this.keys[m]!) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.values[a], this.values[b]] = [this.values[b]!, this.values[a]!];
  }
}

export interface Adjacency {
  ids: string[];
  neighbours: number[][];
}

/** Links are read as two-way: a class network's ties rarely have a meaningful direction. */
export function adjacency(graph: PlainGraph): Adjacency {
  const ids = [...new Set(graph.nodes)];
  const index = new Map(ids.map((id, i) => [id, i]));
  const sets = ids.map(() => new Set<number>());
  for (const { source, target } of graph.edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return { ids, neighbours: sets.map((s) => [...s].sort((x, y) => x - y)) };
}

/** Hops from one node to every other (-1 where unreachable), by breadth-first search. */
export function hopsFrom(adj: Adjacency, start: number): number[] {
  const dist = adj.ids.map(() => -1);
  dist[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head]!;
    for (const w of adj.neighbours[v]!) {
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    }
  }
  return dist;
}

export function toMap(ids: string[], values: number[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, values[i]!]));
}
