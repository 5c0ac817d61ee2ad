// The plain network every measure takes, and its undirected simple adjacency (self-loops, repeats and dangling links dropped).

export interface PlainGraph {
  nodes: string[];
  edges: Array<{ source: string; target: string }>;
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
