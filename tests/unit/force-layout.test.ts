// The worker's force layout, called directly: fixed nodes stay put, hubs' leaves spread out, runs repeat exactly.
import { describe, expect, it } from 'vitest';
import { forceLayout, type ForceInput } from '../../client/layout-worker/force.ts';

/** A hub with many leaves plus a ring: the shape (a supernode) that crushed leaves together before. */
function starAndRing(leaves: number, ring: number): ForceInput {
  const nodes = Array.from({ length: 1 + leaves + ring }, () => ({}));
  const edges: Array<[number, number]> = [];
  for (let i = 1; i <= leaves; i++) edges.push([0, i]);
  for (let i = 0; i < ring; i++) edges.push([1 + leaves + i, 1 + leaves + ((i + 1) % ring)]);
  edges.push([0, 1 + leaves]);
  return { nodes, edges };
}

const distance = (r: { x: Float64Array; y: Float64Array }, a: number, b: number): number =>
  Math.hypot((r.x[a] ?? 0) - (r.x[b] ?? 0), (r.y[a] ?? 0) - (r.y[b] ?? 0));

describe('force layout for the layout worker', () => {
  it('places every node at a finite position, and no two on one spot, around a supernode', () => {
    const input = starAndRing(300, 40);
    const result = forceLayout(input);
    const n = input.nodes.length;
    for (let i = 0; i < n; i++) {
      expect(Number.isFinite(result.x[i])).toBe(true);
      expect(Number.isFinite(result.y[i])).toBe(true);
    }
    let closest = Infinity;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) closest = Math.min(closest, distance(result, i, j));
    expect(closest).toBeGreaterThan(5);
  });

  it('keeps linked nodes nearer each other than unlinked ones', () => {
    const input = starAndRing(60, 60);
    const result = forceLayout(input);
    const linked = input.edges.map(([a, b]) => distance(result, a, b));
    const meanLinked = linked.reduce((s, d) => s + d, 0) / linked.length;
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < input.nodes.length; i += 7) for (let j = i + 3; j < input.nodes.length; j += 11) { sum += distance(result, i, j); pairs += 1; }
    expect(meanLinked).toBeLessThan(sum / pairs);
  });

  it('never moves a fixed node, and settles the free ones around it', () => {
    const input: ForceInput = {
      nodes: [{ x: 500, y: -200, fixed: true }, { x: -300, y: 100, fixed: true }, {}, {}, {}],
      edges: [[0, 2], [0, 3], [1, 4], [2, 3]],
    };
    const result = forceLayout(input);
    expect([result.x[0], result.y[0], result.x[1], result.y[1]]).toEqual([500, -200, -300, 100]);
    // A leaf of a fixed node ends near it, not near the other one.
    expect(distance(result, 0, 4)).toBeGreaterThan(distance(result, 1, 4));
    expect(distance(result, 0, 2)).toBeLessThan(400);
  });

  it('draws the same input the same way every time, and reports progress up to done', () => {
    const input = starAndRing(30, 30);
    const seen: number[] = [];
    const a = forceLayout(input, { onProgress: (done) => seen.push(done) });
    const b = forceLayout(input);
    expect([...a.x]).toEqual([...b.x]);
    expect([...a.y]).toEqual([...b.y]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((d, i) => d > 0 && d <= 1 && (i === 0 || d > (seen[i - 1] ?? 0)))).toBe(true);
  });

  // Work, not time, is what a unit test can pin down: bigger graphs get fewer sweeps (each sweep is about linear,
  // thanks to the grid), so a big layout cannot run away. Its speed is for the benchmark.
  it('spends fewer sweeps on bigger graphs, and places thousands of nodes at finite, distinct positions', () => {
    const sweeps = (count: number) => {
      const nodes = Array.from({ length: count }, () => ({}));
      const edges: Array<[number, number]> = [];
      for (let i = 1; i < count; i++) edges.push([i, (i * 7919) % i]);
      const reports: number[] = [];
      const result = forceLayout({ nodes, edges }, { onProgress: (done) => reports.push(done) });
      return { result, sweeps: Math.round((25 * reports.length) / reports.at(-1)!) };
    };
    const small = sweeps(300);
    const big = sweeps(3000);
    expect(big.sweeps).toBeLessThan(small.sweeps);
    expect(big.sweeps).toBeLessThanOrEqual(200);
    expect([...big.result.x, ...big.result.y].every(Number.isFinite)).toBe(true);
    expect(new Set([...big.result.x].map((x, i) => `${Math.round(x)},${Math.round(big.result.y[i]!)}`)).size).toBeGreaterThan(2900);
  });
});
