// The layouts on offer and how each runs: animated when small, one still pass with a "laying out" note when big.
import type { Collection, Core, LayoutOptions } from 'cytoscape';
import { layoutInWorker, WORKER_LAYOUT_NODES } from '../cy/worker-layout.ts';
import type { LayoutName } from './types.ts';
import { visibleGraph } from './visible.ts';

export const layoutWords: Record<LayoutName, string> = {
  fcose: 'Force (fcose)',
  concentric: 'Concentric',
  breadthfirst: 'Tree',
  circle: 'Circle',
  grid: 'Grid',
};

/** Above this many nodes, animating every frame costs more than it shows. */
export const BIG = 600;

function options(name: LayoutName, eles: Collection, cy: Core, big: boolean): LayoutOptions {
  const common = { animate: !big, animationDuration: 500, fit: false, padding: 40 };
  const pinned = eles.nodes().toArray().filter((n) => n.locked());
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose', ...common, quality: big ? 'draft' : 'default', randomize: true, nodeDimensionsIncludeLabels: !big,
        packComponents: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 95, nodeSeparation: 110,
        // Pinned nodes stay put: fcose moves others around them.
        fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
      } as unknown as LayoutOptions;
    case 'concentric':
      return { name, ...common, concentric: (n: { degree(b: boolean): number }) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 24, avoidOverlap: true } as unknown as LayoutOptions;
    case 'breadthfirst': {
      const selected = cy.$('node:selected').filter((n) => eles.contains(n));
      const root = selected.nonempty() ? selected : eles.nodes().max((n) => n.degree(false)).ele;
      return { name, ...common, directed: false, roots: root, spacingFactor: 1.15, avoidOverlap: true } as LayoutOptions;
    }
    case 'circle':
      return { name, ...common, avoidOverlap: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return { name, ...common, avoidOverlap: true, condense: true, avoidOverlapPadding: 24 } as LayoutOptions;
  }
}

/** Two frames, so a "laying out" note paints before a long synchronous layout blocks the page. */
const paint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Runs a layout over the visible graph (hidden and folded elements keep their places); resolves when it stops. */
export async function runLayout(cy: Core, name: LayoutName, progress: (text: string | undefined) => void): Promise<void> {
  const eles = visibleGraph(cy);
  if (eles.nodes().length < 2) return;
  // A big force layout runs in a worker, so the page stays usable while it works; it shows its own progress.
  if (name === 'fcose' && eles.nodes().length > WORKER_LAYOUT_NODES) {
    await layoutInWorker(cy, eles.nodes(), { fixed: (n) => n.locked(), progress });
    return;
  }
  const big = eles.nodes().length > BIG;
  if (big) {
    progress(`Laying out ${eles.nodes().length.toLocaleString()} nodes…`);
    await paint();
  }
  try {
    await new Promise<void>((resolve) => {
      const layout = eles.layout(options(name, eles, cy, big));
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  } finally {
    progress(undefined);
  }
}
