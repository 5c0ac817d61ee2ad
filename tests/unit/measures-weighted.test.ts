// The measures' weighted option, checked against values derived by hand in the comments (each is what networkx 3
// gives for the call named there) and, on a bigger graph, against this test's own brute force (every simple path).
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../client/classroom/measures/betweenness.ts';
import { closeness } from '../../client/classroom/measures/closeness.ts';
import { communities, modularity } from '../../client/classroom/measures/communities.ts';
import { degree } from '../../client/classroom/measures/degree.ts';
import type { PlainGraph } from '../../client/classroom/measures/graph.ts';
import { pagerank } from '../../client/classroom/measures/pagerank.ts';

const graph = (nodes: string, edges: Array<[string, string, number?]>): PlainGraph => ({
  nodes: nodes.split(' '),
  edges: edges.map(([source, target, weight]) => ({ source, target, ...(weight === undefined ? {} : { weight }) })),
});

function expectClose(actual: Map<string, number>, expected: Record<string, number>, digits = 10): void {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual.get(k), k).toBeCloseTo(v, digits);
}

/** A triangle whose long side is longer than the way round: a–b 1, b–c 1, a–c 3. */
const triangle = graph('a b c', [['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 3]]);

describe('weighted degree (strength)', () => {
  it("sums the weights of a node's links: G.degree(weight='weight')", () => {
    // a: 1 + 3, b: 1 + 1, c: 1 + 3.
    expectClose(degree(triangle, { weighted: true }), { a: 4, b: 2, c: 4 });
    // Unweighted, as before: every node has two neighbours.
    expectClose(degree(triangle), { a: 2, b: 2, c: 2 });
  });

  it('counts a link without a weight as 1, adds up repeats, and leaves out weights of 0 or less', () => {
    const g = graph('a b c d', [['a', 'b'], ['a', 'b', 2], ['b', 'c', 0], ['c', 'd', -1], ['a', 'd', 0.5]]);
    // a: (1 + 2) + 0.5; b: 3; c: nothing usable; d: 0.5.
    expectClose(degree(g, { weighted: true }), { a: 3.5, b: 3, c: 0, d: 0.5 });
  });
});

describe('weighted closeness and betweenness', () => {
  it("closeness with weight as distance: closeness_centrality(G, distance='weight')", () => {
    // d(a,b) = 1, d(b,c) = 1, d(a,c) = 2 by way of b (not 3). Closeness = (n-1) / sum of distances:
    // a: 2 / (1 + 2) = 2/3, b: 2 / (1 + 1) = 1, c: 2/3. Unweighted all three are 1.
    expectClose(closeness(triangle, { weighted: true, weightAs: 'distance' }), { a: 2 / 3, b: 1, c: 2 / 3 });
    expectClose(closeness(triangle), { a: 1, b: 1, c: 1 });
  });

  it('closeness with weight as strength reads a link as 1 / weight long', () => {
    // Strengths 1, 1 and 1/3 are lengths 1, 1 and 3: the same triangle as above, so the same values.
    const strengths = graph('a b c', [['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1 / 3]]);
    expectClose(closeness(strengths, { weighted: true }), { a: 2 / 3, b: 1, c: 2 / 3 });
  });

  it("betweenness with weight as distance: betweenness_centrality(G, weight='weight') (normalized)", () => {
    // The one shortest a–c route goes through b: b is on 1 of the (n-1)(n-2)/2 = 1 pairs apart from it, so 1.
    expectClose(betweenness(triangle, { weighted: true, weightAs: 'distance' }), { a: 0, b: 1, c: 0 });
    expectClose(betweenness(triangle), { a: 0, b: 0, c: 0 });
  });

  it('betweenness shares ties between equally short routes', () => {
    // A square a–b–c–d–a of length-1 sides and a diagonal a–c of length 2. a to c: a–b–c, a–d–c and a–c, all 2 long,
    // so b and d each get 1/3; b to d: b–a–d and b–c–d, so a and c each get 1/2. Over 3 pairs: a, c 1/6; b, d 1/9.
    const square = graph('a b c d', [['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1], ['d', 'a', 1], ['a', 'c', 2]]);
    expectClose(betweenness(square, { weighted: true, weightAs: 'distance' }), { a: 1 / 6, b: 1 / 9, c: 1 / 6, d: 1 / 9 });
  });

  it('ties routes whose lengths differ only by rounding (0.1 + 0.2 and 0.3), where networkx compares floats exactly', () => {
    // a–b–c is 0.1 + 0.2 = 0.30000000000000004 in floating point, a–c is 0.3: the same length, so b gets 1/2 of the one
    // pair. (networkx 3 gives b 0 here, as its Dijkstra tests `vw_dist == seen[w]`; on exact weights the two agree.)
    const g = graph('a b c', [['a', 'b', 0.1], ['b', 'c', 0.2], ['a', 'c', 0.3]]);
    expectClose(betweenness(g, { weighted: true, weightAs: 'distance' }), { a: 0, b: 0.5, c: 0 });
  });
});

describe('weighted PageRank', () => {
  it("follows links in proportion to their weight: pagerank(G, weight='weight')", () => {
    // Path a –1– b –3– c, damping 0.85, n = 3. The surfer goes a→b, c→b always, b→a 1/4 and b→c 3/4 of the time:
    //   PR(b) = 0.05 + 0.85 (PR(a) + PR(c)) = 0.05 + 0.85 (1 − PR(b))  =>  PR(b) = 0.9 / 1.85 = 18/37
    //   PR(a) = 0.05 + 0.85 · PR(b) / 4,  PR(c) = 0.05 + 0.85 · 3 PR(b) / 4
    const path = graph('a b c', [['a', 'b', 1], ['b', 'c', 3]]);
    const b = 18 / 37;
    expectClose(pagerank(path, { weighted: true }), { a: 0.05 + (0.85 * b) / 4, b, c: 0.05 + (0.85 * 3 * b) / 4 });
    // Unweighted, a and c are alike.
    const plain = pagerank(path);
    expect(plain.get('a')).toBeCloseTo(plain.get('c')!, 12);
  });
});

describe('weighted Louvain', () => {
  /** A ring of six whose links alternate heavy (10) and light (1): the heavy pairs are the communities. */
  const ring = graph('a b c d e f', [['a', 'b', 10], ['b', 'c', 1], ['c', 'd', 10], ['d', 'e', 1], ['e', 'f', 10], ['f', 'a', 1]]);

  it('groups the heavily linked pairs, at the best weighted modularity (louvain_communities(G, weight="weight"))', () => {
    const groups = communities(ring, { weighted: true });
    const pairs = (...ids: string[][]) => ids.every((p) => groups.get(p[0]!) === groups.get(p[1]!));
    expect(pairs(['a', 'b'], ['c', 'd'], ['e', 'f'])).toBe(true);
    expect(new Set(groups.values()).size).toBe(3);
    // Total weight m = 33; each pair holds 10 inside and has strength 22: Q = 3 (10/33 − (22/66)²) = 10/11 − 1/3 = 19/33.
    // (Four together and two: (21/33 − (44/66)²) + (10/33 − 1/9) = 0.38 is lower; so is one group, 0.)
    expect(modularity(ring, groups, { weighted: true })).toBeCloseTo(19 / 33, 12);
  });

  it('moves with the weights: make the other links heavy and the pairs shift by one', () => {
    const shifted = graph('a b c d e f', [['a', 'b', 1], ['b', 'c', 10], ['c', 'd', 1], ['d', 'e', 10], ['e', 'f', 1], ['f', 'a', 10]]);
    const groups = communities(shifted, { weighted: true });
    expect([['b', 'c'], ['d', 'e'], ['f', 'a']].every(([x, y]) => groups.get(x!) === groups.get(y!))).toBe(true);
    expect(groups.get('a')).not.toBe(groups.get('b'));
  });
});

// ---- Against brute force on a bigger graph ---------------------------------------------------------

/** The club of measures.test.ts with weights on its links (as distances here). */
const club = graph('t a1 a2 a3 b c c1 c2 c3 p loner', [
  ['t', 'a1', 1], ['t', 'a2', 2], ['t', 'a3', 1], ['a1', 'a2', 0.5], ['a2', 'a3', 1],
  ['t', 'b', 3], ['b', 'c', 1], ['c', 'c1', 2], ['c', 'c2', 1], ['c', 'c3', 1], ['c1', 'c2', 1], ['c2', 'c3', 4], ['c3', 'p', 2],
  // A heavy shortcut that is longer than the way round through b.
  ['a3', 'c', 5],
]);

/** Every simple path between two nodes with its length, found by depth-first search (fine at 11 nodes). */
function simplePaths(g: PlainGraph, s: string, t: string): Array<{ nodes: string[]; length: number }> {
  const nb = new Map(g.nodes.map((n) => [n, [] as Array<[string, number]>]));
  for (const e of g.edges) { nb.get(e.source)!.push([e.target, e.weight ?? 1]); nb.get(e.target)!.push([e.source, e.weight ?? 1]); }
  const out: Array<{ nodes: string[]; length: number }> = [];
  const walk = (path: string[], length: number) => {
    const v = path.at(-1)!;
    if (v === t) return void out.push({ nodes: path, length });
    for (const [w, len] of nb.get(v)!) if (!path.includes(w)) walk([...path, w], length + len);
  };
  walk([s], 0);
  return out;
}

function bruteWeighted(g: PlainGraph): { closeness: Map<string, number>; betweenness: Map<string, number> } {
  const n = g.nodes.length;
  const between = new Map(g.nodes.map((v) => [v, 0]));
  const dist = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const [s, t] = [g.nodes[i]!, g.nodes[j]!];
      const paths = simplePaths(g, s, t);
      if (paths.length === 0) continue;
      const best = Math.min(...paths.map((p) => p.length));
      const shortest = paths.filter((p) => Math.abs(p.length - best) < 1e-9);
      dist.set(`${s} ${t}`, best).set(`${t} ${s}`, best);
      for (const v of g.nodes) if (v !== s && v !== t) between.set(v, between.get(v)! + shortest.filter((p) => p.nodes.includes(v)).length / shortest.length);
    }
  }
  const close = new Map(g.nodes.map((v) => {
    const d = g.nodes.filter((w) => w !== v && dist.has(`${v} ${w}`)).map((w) => dist.get(`${v} ${w}`)!);
    const sum = d.reduce((a, b) => a + b, 0);
    return [v, sum === 0 ? 0 : (d.length / (n - 1)) * (d.length / sum)];
  }));
  return { closeness: close, betweenness: new Map([...between].map(([v, x]) => [v, x / (((n - 1) * (n - 2)) / 2)])) };
}

describe('weighted measures against brute force', () => {
  it('closeness and betweenness match every-simple-path shortest lengths on the weighted club', () => {
    const brute = bruteWeighted(club);
    expectClose(closeness(club, { weighted: true, weightAs: 'distance' }), Object.fromEntries(brute.closeness));
    expectClose(betweenness(club, { weighted: true, weightAs: 'distance' }), Object.fromEntries(brute.betweenness));
    // The weights matter: unweighted, a3–c is one hop and b is no longer the only bridge.
    expect(betweenness(club).get('b')).not.toBeCloseTo(betweenness(club, { weighted: true, weightAs: 'distance' }).get('b')!, 3);
  });

  it('PageRank sums to 1 and matches a dense weighted power iteration', () => {
    const n = club.nodes.length;
    const idx = new Map(club.nodes.map((v, i) => [v, i]));
    const W = club.nodes.map(() => new Array<number>(n).fill(0));
    for (const e of club.edges) { W[idx.get(e.source)!]![idx.get(e.target)!]! += e.weight!; W[idx.get(e.target)!]![idx.get(e.source)!]! += e.weight!; }
    const out = W.map((row) => row.reduce((a, b) => a + b, 0));
    let r = new Array<number>(n).fill(1 / n);
    for (let k = 0; k < 1000; k += 1) {
      const dangling = r.reduce((sum, x, j) => (out[j] === 0 ? sum + x : sum), 0);
      r = r.map((_, i) => 0.15 / n + (0.85 * dangling) / n + 0.85 * W.reduce((sum, row, j) => sum + (out[j]! > 0 ? (row[i]! / out[j]!) * r[j]! : 0), 0));
    }
    const result = pagerank(club, { weighted: true });
    expectClose(result, Object.fromEntries(club.nodes.map((v, i) => [v, r[i]!])), 9);
    expect([...result.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});
