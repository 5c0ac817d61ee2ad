// The layout side of the browser bench: the app's hand-written force layout in its worker against
// graphology-layout-forceatlas2's own worker, on the same graph, in the same page. Both report the time to a
// settled layout and the positions; the bench scores the positions.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

export interface LayoutGraph {
  nodes: number;
  edges: Array<[number, number]>;
}

export interface LayoutRun {
  ms: number;
  x: number[];
  y: number[];
  /** FA2 only: how many polls it took to settle, or that it hit the time cap. */
  note?: string;
}

/** The hand-written layout, in the very worker the app starts (bundled by the bench into `workerSource`). */
export function layoutHandWritten(workerSource: string, graph: LayoutGraph): Promise<LayoutRun> {
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<{ kind: string; x: Float64Array; y: Float64Array }>) => {
      if (event.data.kind !== 'done') return;
      const ms = performance.now() - t0;
      worker.terminate();
      resolve({ ms, x: Array.from(event.data.x), y: Array.from(event.data.y) });
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ nodes: Array.from({ length: graph.nodes }, () => ({})), edges: graph.edges });
  });
}

/** How often FA2's positions are read to see whether it has settled. */
const POLL_MS = 250;
/** Settled: in one poll, nodes moved on average less than this share of the drawing's size. */
const SETTLED_SHARE = 0.001;
const CAP_MS = 90_000;

/**
 * FA2 runs until stopped; it counts as settled when nodes barely move between polls. Start places are a
 * seeded square, as an app would give it (FA2 has no seeding of its own).
 */
export async function layoutFa2(graph: LayoutGraph): Promise<LayoutRun> {
  const g = new Graph({ multi: true });
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const side = Math.sqrt(graph.nodes) * 10;
  for (let i = 0; i < graph.nodes; i++) g.addNode(String(i), { x: rand() * side, y: rand() * side });
  for (const [a, b] of graph.edges) if (a !== b) g.addEdge(String(a), String(b));
  const t0 = performance.now();
  const layout = new FA2Layout(g, { settings: forceAtlas2.inferSettings(g) });
  // Each answer from FA2's worker is one iteration applied to the graph; a poll with none says nothing.
  let iterations = 0;
  g.on('eachNodeAttributesUpdated', () => { iterations++; });
  layout.start();
  let before = positions(g);
  let seen = 0;
  let settled = false;
  while (performance.now() - t0 < CAP_MS) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    if (iterations === seen) continue;
    seen = iterations;
    const now = positions(g);
    settled = meanMove(before, now) < SETTLED_SHARE * extent(now);
    before = now;
    if (settled) break;
  }
  const ms = performance.now() - t0;
  layout.kill();
  return { ms, x: before.x, y: before.y, note: settled ? `settled after ${iterations} iterations` : `not settled in ${CAP_MS / 1000} s` };
}

function positions(g: Graph): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  g.forEachNode((_, a) => { x.push(a.x as number); y.push(a.y as number); });
  return { x, y };
}

function meanMove(a: { x: number[]; y: number[] }, b: { x: number[]; y: number[] }): number {
  let sum = 0;
  for (let i = 0; i < a.x.length; i++) sum += Math.hypot((b.x[i] ?? 0) - (a.x[i] ?? 0), (b.y[i] ?? 0) - (a.y[i] ?? 0));
  return sum / Math.max(a.x.length, 1);
}

function extent(p: { x: number[]; y: number[] }): number {
  return Math.hypot(Math.max(...p.x) - Math.min(...p.x), Math.max(...p.y) - Math.min(...p.y)) || 1;
}
