// Network measures, each checked against values this test computes its own way (brute force, dense power iteration).
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../client/classroom/measures/betweenness.ts';
import { closeness } from '../../client/classroom/measures/closeness.ts';
import { communities, modularity } from '../../client/classroom/measures/communities.ts';
import { degree } from '../../client/classroom/measures/degree.ts';
import type { PlainGraph } from '../../client/classroom/measures/graph.ts';
import { pagerank } from '../../client/classroom/measures/pagerank.ts';

/** A small club, Zachary-like: two groups around a teacher (t) and a captain (c), a broker (b), a pendant and a loner. */
const club: PlainGraph = {
  nodes: ['t', 'a1', 'a2', 'a3', 'b', 'c', 'c1', 'c2', 'c3', 'p', 'loner'],
  edges: [
    ['t', 'a1'], ['t', 'a2'], ['t', 'a3'], ['a1', 'a2'], ['a2', 'a3'],
    ['t', 'b'], ['b', 'c'],
    ['c', 'c1'], ['c', 'c2'], ['c', 'c3'], ['c1', 'c2'], ['c2', 'c3'], ['c3', 'p'],
    // A repeat and a self-loop, which every measure ignores.
    ['a1', 't'], ['c', 'c'],
  ].map(([source, target]) => ({ source: source!, target: target! })),
};

// ---- The test's own reference computations -------------------------------------------------------

function neighbourSets(g: PlainGraph): Map<string, Set<string>> {
  const nb = new Map(g.nodes.map((n) => [n, new Set<string>()]));
  for (const { source, target } of g.edges) {
    if (source === target) continue;
    nb.get(source)!.add(target);
    nb.get(target)!.add(source);
  }
  return nb;
}

function bfs(nb: Map<string, Set<string>>, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const v of frontier) for (const w of nb.get(v)!) if (!dist.has(w)) { dist.set(w, dist.get(v)! + 1); next.push(w); }
    frontier = next;
  }
  return dist;
}

/** Every shortest path from s to t, listed in full. */
function allShortestPaths(nb: Map<string, Set<string>>, s: string, t: string): string[][] {
  const toT = bfs(nb, t);
  if (!toT.has(s)) return [];
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const v = path.at(-1)!;
    if (v === t) return void out.push(path);
    for (const w of nb.get(v)!) if (toT.get(w) === toT.get(v)! - 1) walk([...path, w]);
  };
  walk([s]);
  return out;
}

function bruteBetweenness(g: PlainGraph): Map<string, number> {
  const nb = neighbourSets(g);
  const score = new Map(g.nodes.map((n) => [n, 0]));
  for (let i = 0; i < g.nodes.length; i += 1) {
    for (let j = i + 1; j < g.nodes.length; j += 1) {
      const paths = allShortestPaths(nb, g.nodes[i]!, g.nodes[j]!);
      for (const v of g.nodes) {
        if (v === g.nodes[i] || v === g.nodes[j] || paths.length === 0) continue;
        score.set(v, score.get(v)! + paths.filter((p) => p.includes(v)).length / paths.length);
      }
    }
  }
  const n = g.nodes.length;
  return new Map([...score].map(([v, s]) => [v, s / (((n - 1) * (n - 2)) / 2)]));
}

function bruteCloseness(g: PlainGraph): Map<string, number> {
  const nb = neighbourSets(g);
  const n = g.nodes.length;
  return new Map(g.nodes.map((v) => {
    const d = [...bfs(nb, v).values()].filter((x) => x > 0);
    const sum = d.reduce((a, b) => a + b, 0);
    return [v, sum === 0 ? 0 : (d.length / (n - 1)) * (d.length / sum)];
  }));
}

/** Dense Google matrix, iterated a fixed, generous number of times. */
function densePageRank(g: PlainGraph, d = 0.85): Map<string, number> {
  const nb = neighbourSets(g);
  const n = g.nodes.length;
  const idx = new Map(g.nodes.map((v, i) => [v, i]));
  const G = g.nodes.map(() => new Array<number>(n).fill(0));
  g.nodes.forEach((v, j) => {
    const out = [...nb.get(v)!];
    for (let i = 0; i < n; i += 1) G[i]![j] = (1 - d) / n + (out.length === 0 ? d / n : 0);
    for (const w of out) G[idx.get(w)!]![j]! += d / out.length;
  });
  let r = new Array<number>(n).fill(1 / n);
  for (let k = 0; k < 1000; k += 1) r = G.map((row) => row.reduce((sum, x, j) => sum + x * r[j]!, 0));
  return new Map(g.nodes.map((v, i) => [v, r[i]!]));
}

function expectClose(actual: Map<string, number>, expected: Map<string, number>, digits = 9): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [k, v] of expected) expect(actual.get(k), k).toBeCloseTo(v, digits);
}

// ---- The tests ------------------------------------------------------------------------------------

describe('network measures', () => {
  it('degree counts distinct neighbours, ignoring repeats and self-loops', () => {
    const nb = neighbourSets(club);
    expectClose(degree(club), new Map(club.nodes.map((v) => [v, nb.get(v)!.size])));
    expect(degree(club).get('t')).toBe(4);
    expect(degree(club).get('loner')).toBe(0);
  });

  it('betweenness matches a brute-force count over every shortest path, and the broker scores high', () => {
    const result = betweenness(club);
    expectClose(result, bruteBetweenness(club));
    const ranked = [...result].sort((a, b) => b[1] - a[1]).map(([v]) => v);
    expect(ranked.slice(0, 3).sort()).toEqual(['b', 'c', 't']);
    expect(result.get('p')).toBe(0);
  });

  it('closeness matches all-pairs BFS distances (Wasserman–Faust for a network in pieces)', () => {
    expectClose(closeness(club), bruteCloseness(club));
    expect(closeness(club).get('loner')).toBe(0);
  });

  it('PageRank matches dense power iteration and sums to 1', () => {
    const result = pagerank(club);
    expectClose(result, densePageRank(club), 8);
    expect([...result.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('communities split a planted pair of cliques joined by one link exactly along the cliques', () => {
    const left = ['a', 'b', 'c', 'd', 'e'];
    const right = ['v', 'w', 'x', 'y', 'z'];
    const clique = (ids: string[]) => ids.flatMap((s, i) => ids.slice(i + 1).map((t) => ({ source: s, target: t })));
    const planted: PlainGraph = { nodes: [...left, ...right], edges: [...clique(left), ...clique(right), { source: 'e', target: 'v' }] };
    const groups = communities(planted);
    expect(new Set(left.map((v) => groups.get(v))).size).toBe(1);
    expect(new Set(right.map((v) => groups.get(v))).size).toBe(1);
    expect(groups.get('a')).not.toBe(groups.get('z'));
    // The planted split is the best one: 2 × (10/21 − (21/42)²).
    expect(modularity(planted, groups)).toBeCloseTo(2 * (10 / 21 - 0.25), 10);
  });

  it('communities on the club separate the two groups, better than any trivial split', () => {
    const groups = communities(club);
    expect(groups.get('a1')).toBe(groups.get('t'));
    expect(groups.get('c1')).toBe(groups.get('c'));
    expect(groups.get('t')).not.toBe(groups.get('c'));
    expect(groups.get('loner')).not.toBe(groups.get('t'));
    const q = modularity(club, groups);
    expect(q).toBeGreaterThan(modularity(club, new Map(club.nodes.map((v) => [v, 0]))));
    expect(q).toBeGreaterThan(0.3);
  });

  it('handles empty and tiny networks', () => {
    expect(betweenness({ nodes: [], edges: [] }).size).toBe(0);
    expect(pagerank({ nodes: ['x'], edges: [] }).get('x')).toBeCloseTo(1, 12);
    expect(communities({ nodes: ['x', 'y'], edges: [] }).size).toBe(2);
    expect(closeness({ nodes: ['x', 'y'], edges: [{ source: 'x', target: 'y' }] }).get('x')).toBe(1);
  });
});
