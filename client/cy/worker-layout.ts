// Big layouts run in a Web Worker: the page stays interactive while it works, and the positions arrive in one batch.
// The hand-written force layout stays: the browser bench (npm run bench, part "browser") times it beside
// graphology-layout-forceatlas2's own worker on the same graphs, and it settled 5-10x sooner at 5k, 20k and 50k
// elements at the same quality (issue 14). FA2's supervisor also runs until stopped, and a layout here must be
// repeatable (same input, same drawing), which stopping on a timer is not.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { forceLayout, type ForceInput } from '../layout-worker/force.ts';
import type { LayoutReply } from '../layout-worker/worker.ts';

/** Past this many nodes to place, fcose on the main thread takes long enough to freeze the page. */
export const WORKER_LAYOUT_NODES = 400;

export interface WorkerLayoutOptions {
  /** Nodes that keep their places (pinned, or already seen); the others move around them. */
  fixed?: (node: NodeSingular) => boolean;
  /** Nodes whose current position is a good start (the others are seeded beside their neighbours). */
  keepStart?: (node: NodeSingular) => boolean;
  /** The note shown while it runs; undefined when done. */
  progress?: (text: string | undefined) => void;
}

function inputOf(nodes: NodeCollection, options: WorkerLayoutOptions): ForceInput {
  const index = new Map<string, number>();
  const list = nodes.toArray();
  list.forEach((n, i) => index.set(n.id(), i));
  const edges: Array<[number, number]> = [];
  nodes.connectedEdges().forEach((e) => {
    const a = index.get(e.source().id());
    const b = index.get(e.target().id());
    if (a !== undefined && b !== undefined) edges.push([a, b]);
  });
  return {
    nodes: list.map((n) => {
      const fixed = options.fixed?.(n) ?? false;
      return fixed || options.keepStart?.(n) ? { ...n.position(), fixed } : {};
    }),
    edges,
  };
}

function inWorker(input: ForceInput, onProgress: (done: number) => void): Promise<{ x: Float64Array; y: Float64Array }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../layout-worker/worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.kind === 'progress') return onProgress(event.data.done);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the layout worker failed'));
    };
    worker.postMessage(input);
  });
}

/**
 * Lays the nodes out in a worker and moves them in one batch. Where no worker can start (a locked-down page),
 * the same layout runs here: slower to feel, but the graph still gets laid out.
 */
export async function layoutInWorker(cy: Core, nodes: NodeCollection, options: WorkerLayoutOptions = {}): Promise<void> {
  if (nodes.length === 0) return;
  const container = cy.container();
  const count = nodes.length.toLocaleString();
  options.progress?.(`Laying out ${count} nodes…`);
  const input = inputOf(nodes, options);
  let result: { x: Float64Array; y: Float64Array };
  try {
    result = await inWorker(input, (done) => options.progress?.(`Laying out ${count} nodes… ${Math.round(done * 100)}%`));
    if (container) container.dataset.layoutEngine = 'worker';
  } catch {
    result = forceLayout(input);
    if (container) container.dataset.layoutEngine = 'main-thread';
  } finally {
    options.progress?.(undefined);
  }
  const { x, y } = result;
  // One batch: the renderer redraws once, not once per node.
  nodes.positions((n, i) => (input.nodes[i]?.fixed || n.locked() ? undefined : { x: x[i] ?? 0, y: y[i] ?? 0 }) as never);
}
