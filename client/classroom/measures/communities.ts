// Communities by the Louvain method (Blondel et al. 2008): groups more densely linked inside than chance would give.
import { weightedAdjacency, adjacency, type MeasureOptions, type PlainGraph } from './graph.ts';

/** A weighted graph at one level of Louvain: links[v] maps neighbour -> weight; loops[v] is the weight inside v. */
interface Level {
  links: Array<Map<number, number>>;
  loops: number[];
}

function strength(level: Level, v: number): number {
  let k = 2 * level.loops[v]!;
  for (const w of level.links[v]!.values()) k += w;
  return k;
}

/** Moves single nodes to the neighbouring community that most raises modularity, until none moves. Deterministic. */
function moveNodes(level: Level, m2: number): { community: number[]; moved: boolean } {
  const n = level.links.length;
  const community = [...Array(n).keys()];
  const k = community.map((v) => strength(level, v));
  const total = [...k];
  let moved = false;
  for (let pass = 0, changed = true; changed && pass < 100; pass += 1) {
    changed = false;
    for (let v = 0; v < n; v += 1) {
      const own = community[v]!;
      total[own]! -= k[v]!;
      const toward = new Map<number, number>();
      for (const [w, weight] of level.links[v]!) toward.set(community[w]!, (toward.get(community[w]!) ?? 0) + weight);
      let best = own;
      let bestGain = (toward.get(own) ?? 0) - (total[own]! * k[v]!) / m2;
      for (const [c, weight] of [...toward].sort((a, b) => a[0] - b[0])) {
        const gain = weight - (total[c]! * k[v]!) / m2;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      total[best]! += k[v]!;
      if (best !== own) {
        community[v] = best;
        changed = true;
        moved = true;
      }
    }
  }
  return { community, moved };
}

/** Collapses each community into one node; links inside become its loop weight. */
function aggregate(level: Level, community: number[]): { level: Level; renumbered: number[] } {
  const ids = [...new Set(community)].sort((a, b) => a - b);
  const index = new Map(ids.map((c, i) => [c, i]));
  const renumbered = community.map((c) => index.get(c)!);
  const next: Level = { links: ids.map(() => new Map()), loops: ids.map(() => 0) };
  level.links.forEach((nb, v) => {
    const cv = renumbered[v]!;
    next.loops[cv]! += level.loops[v]!;
    for (const [w, weight] of nb) {
      const cw = renumbered[w]!;
      // Every link is seen from both ends: inside a community count it once, between two keep both directions.
      if (cv === cw) next.loops[cv]! += weight / 2;
      else next.links[cv]!.set(cw, (next.links[cv]!.get(cw) ?? 0) + weight);
    }
  });
  return { level: next, renumbered };
}

/** Each tie's weight: 1 unweighted, its weight (a strength, as networkx's louvain_communities(weight=)) weighted. */
function ties(graph: PlainGraph, options: MeasureOptions): { ids: string[]; links: Array<Map<number, number>> } {
  if (options.weighted) {
    const w = weightedAdjacency(graph);
    return { ids: w.ids, links: w.neighbours };
  }
  const adj = adjacency(graph);
  return { ids: adj.ids, links: adj.neighbours.map((nb) => new Map(nb.map((w) => [w, 1]))) };
}

/** Community number per node: 0 is the largest community, then by size; isolated nodes are each their own. */
export function communities(graph: PlainGraph, options: MeasureOptions = {}): Map<string, number> {
  const adj = ties(graph, options);
  let level: Level = { links: adj.links, loops: adj.ids.map(() => 0) };
  const m2 = adj.links.reduce((sum, nb) => sum + [...nb.values()].reduce((a, b) => a + b, 0), 0);
  let membership = adj.ids.map((_, i) => i);
  if (m2 > 0) {
    for (let round = 0; round < 50; round += 1) {
      const { community, moved } = moveNodes(level, m2);
      if (!moved) break;
      const next = aggregate(level, community);
      membership = membership.map((c) => next.renumbered[c]!);
      level = next.level;
    }
  }
  return numberBySize(adj.ids, membership);
}

function numberBySize(ids: string[], membership: number[]): Map<string, number> {
  const members = new Map<number, number[]>();
  membership.forEach((c, v) => members.set(c, [...(members.get(c) ?? []), v]));
  const order = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const result = new Map<string, number>();
  order.forEach((group, rank) => { for (const v of group) result.set(ids[v]!, rank); });
  return result;
}

/** Newman's modularity of a split: the share of links (or of weight) inside groups, minus what random wiring would give. */
export function modularity(graph: PlainGraph, groups: Map<string, number>, options: MeasureOptions = {}): number {
  const adj = ties(graph, options);
  const m = adj.links.reduce((sum, nb) => sum + [...nb.values()].reduce((a, b) => a + b, 0), 0) / 2;
  if (m === 0) return 0;
  const inside = new Map<number, number>();
  const degreeSum = new Map<number, number>();
  adj.links.forEach((nb, v) => {
    const c = groups.get(adj.ids[v]!)!;
    degreeSum.set(c, (degreeSum.get(c) ?? 0) + [...nb.values()].reduce((a, b) => a + b, 0));
    for (const [w, weight] of nb) if (w > v && groups.get(adj.ids[w]!) === c) inside.set(c, (inside.get(c) ?? 0) + weight);
  });
  let q = 0;
  for (const [c, d] of degreeSum) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}
