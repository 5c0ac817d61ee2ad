// Where nodes go: a full fcose layout for a fresh graph, and incremental placement that never moves what the reader has already seen.
// Big graphs are laid out in a Web Worker instead (see worker-layout.ts): fcose there would freeze the page.
import type { Collection, Core, NodeCollection, NodeSingular, Position, SingularAnimationOptionsPos } from 'cytoscape';
import { layoutInWorker, WORKER_LAYOUT_NODES } from './worker-layout.ts';

/** Where a long layout says how far it has got. */
export type Progress = (text: string | undefined) => void;

/** New nodes fly out of the one they came from up to this many; past it, one animation per node costs more than it shows. */
const MAX_GROW = 200;

const forceOptions = {
  name: 'fcose',
  quality: 'default',
  animationDuration: 450,
  fit: false,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  packComponents: false,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 95,
  edgeElasticity: () => 0.45,
  nodeSeparation: 110,
  gravity: 0.2,
};

function run(cy: Core, options: Record<string, unknown>): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options as unknown as Parameters<Core['layout']>[0]);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Lays out everything from scratch; used when the graph holds only what was just loaded. */
export async function layoutAll(cy: Core, progress?: Progress): Promise<void> {
  if (cy.nodes().length === 0) return;
  if (cy.nodes().length === 1) {
    cy.nodes().positions({ x: 0, y: 0 });
  } else if (cy.nodes().length > WORKER_LAYOUT_NODES) {
    await layoutInWorker(cy, cy.nodes(), { fixed: (n) => n.locked(), progress });
  } else {
    await run(cy, { ...forceOptions, randomize: true, animate: true });
  }
  await fitTo(cy, cy.elements());
}

/**
 * Seeds new nodes on rings around the node they hang off, opening away from the rest of the graph,
 * then lets fcose relax only them: every node that was already on screen is pinned where it was.
 */
export async function layoutAround(cy: Core, anchor: NodeSingular, added: Collection, progress?: Progress): Promise<void> {
  const fresh = added.nodes();
  if (fresh.length === 0) return;
  if (cy.nodes().length > WORKER_LAYOUT_NODES) return layoutAroundInWorker(cy, anchor, fresh, progress);
  const pinned = cy.nodes().difference(fresh).nodes().toArray();
  const before = new Map(pinned.map((n) => [n.id(), { ...n.position() }]));
  placeOnRings(anchor, fresh, outwardAngle(anchor, cy.nodes().difference(fresh).nodes()));
  if (pinned.length > 0 && fresh.length > 1) {
    await run(cy, {
      ...forceOptions,
      randomize: false,
      animate: false,
      fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    });
    // fcose honours the constraints only up to a shift of the whole drawing; undo the shift so nothing seen moves.
    const shift = pinned.reduce(
      (acc, n) => {
        const was = before.get(n.id()) ?? n.position();
        return { x: acc.x + (was.x - n.position().x) / pinned.length, y: acc.y + (was.y - n.position().y) / pinned.length };
      },
      { x: 0, y: 0 },
    );
    for (const n of pinned) n.position(before.get(n.id()) ?? n.position());
    fresh.forEach((n) => { n.position({ x: n.position().x + shift.x, y: n.position().y + shift.y }); });
  }
  // The view is fitted to where the nodes will end up, while they are still on their way there.
  const view = fitTarget(cy, cy.elements());
  await Promise.all([growFrom(anchor, fresh), animateView(cy, view)]);
}

/**
 * The same promise for a big graph: everything already drawn stays exactly where it is (fixed in the worker's
 * layout), and the new nodes settle among it. A few fly out of their anchor; many are simply put in place.
 */
async function layoutAroundInWorker(cy: Core, anchor: NodeSingular, fresh: NodeCollection, progress?: Progress): Promise<void> {
  const isFresh = new Set(fresh.map((n) => n.id()));
  const grow = fresh.length <= MAX_GROW;
  if (grow) placeOnRings(anchor, fresh, outwardAngle(anchor, cy.nodes().difference(fresh).nodes()));
  await layoutInWorker(cy, cy.nodes(), { fixed: (n) => !isFresh.has(n.id()) || n.locked(), keepStart: () => grow, progress });
  const view = fitTarget(cy, cy.elements());
  await Promise.all([grow ? growFrom(anchor, fresh) : undefined, animateView(cy, view)]);
}

/** New nodes fly out of the node they were expanded from, so the eye sees where they came from. */
function growFrom(anchor: NodeSingular, fresh: NodeCollection): Promise<unknown> {
  const origin = { ...anchor.position() };
  return Promise.all(fresh.toArray().map((n) => {
    const target = { ...n.position() };
    n.position(origin);
    // Cytoscape's typings mark every animation option as required; at run time a position alone is fine.
    const options = { position: target, duration: 400, easing: 'ease-out-cubic' } as unknown as SingularAnimationOptionsPos;
    return n.animation(options).play().promise();
  }));
}

function outwardAngle(anchor: NodeSingular, others: NodeCollection): number | undefined {
  const rest = others.toArray().filter((n) => n.id() !== anchor.id());
  if (rest.length === 0) return undefined;
  const centre = rest.reduce((acc, n) => ({ x: acc.x + n.position().x / rest.length, y: acc.y + n.position().y / rest.length }), { x: 0, y: 0 });
  const from = anchor.position();
  if (Math.hypot(from.x - centre.x, from.y - centre.y) < 1) return undefined;
  return Math.atan2(from.y - centre.y, from.x - centre.x);
}

function placeOnRings(anchor: NodeSingular, fresh: NodeCollection, facing: number | undefined): void {
  const centre: Position = anchor.position();
  const arc = facing === undefined ? Math.PI * 2 : Math.PI * 1.4;
  const start = facing === undefined ? -Math.PI / 2 : facing - arc / 2;
  const spacing = 62;
  let ring = 0;
  let index = 0;
  const nodes = fresh.toArray();
  while (index < nodes.length) {
    const radius = 150 + ring * 85;
    const capacity = Math.max(4, Math.floor((arc * radius) / spacing));
    const onThisRing = Math.min(capacity, nodes.length - index);
    const step = arc >= Math.PI * 2 ? arc / onThisRing : arc / Math.max(1, onThisRing - 1);
    for (let i = 0; i < onThisRing; i += 1) {
      const angle = start + (onThisRing === 1 && arc < Math.PI * 2 ? arc / 2 : i * step);
      nodes[index + i]?.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    }
    index += onThisRing;
    ring += 1;
  }
}

export interface Insets { top: number; right: number; bottom: number; left: number }

/** Space kept clear around the drawing, e.g. where the legend overlays the canvas. */
let insets: () => Insets = () => ({ top: 56, right: 56, bottom: 56, left: 56 });

export function setFitInsets(provider: () => Insets): void {
  insets = provider;
}

/** Fits the view to some elements, clear of overlays, without zooming in so far that a small graph looks cartoonish. */
export function fitTo(cy: Core, eles: Collection, maxZoom = 1.5): Promise<void> {
  return animateView(cy, fitTarget(cy, eles, maxZoom));
}

interface View { zoom: number; pan: Position }

function fitTarget(cy: Core, eles: Collection, maxZoom = 1.5): View | undefined {
  if (eles.length === 0) return undefined;
  const pad = insets();
  const box = eles.boundingBox({});
  const width = Math.max(cy.width() - pad.left - pad.right, 80);
  const height = Math.max(cy.height() - pad.top - pad.bottom, 80);
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, width / Math.max(box.w, 1), height / Math.max(box.h, 1)));
  const centre = { x: pad.left + width / 2, y: pad.top + height / 2 };
  return { zoom, pan: { x: centre.x - zoom * (box.x1 + box.w / 2), y: centre.y - zoom * (box.y1 + box.h / 2) } };
}

function animateView(cy: Core, view: View | undefined): Promise<void> {
  if (!view) return Promise.resolve();
  return new Promise((resolve) => {
    cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: 400, complete: () => resolve() });
  });
}
