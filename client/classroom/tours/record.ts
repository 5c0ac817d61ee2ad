// "Record current view as step": the entities on the canvas, the camera, and the selection as highlights.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { StepGraph, TourStep } from '@contract/tours.ts';
import type { GraphStore } from '../../state/graph-store.ts';

export type Recording = Pick<TourStep, 'show' | 'camera' | 'highlight'> & { dataset: string };

const MAX_ENTITIES = 200;

/** Nodes the reader can see, plus allegations folded into links (they are still part of the picture). */
function shownNodes(cy: Core): NodeCollection {
  return cy.nodes('[!derived]').filter((n) => n.visible() || n.hasClass('as-link')) as unknown as NodeCollection;
}

export function recordView(cy: Core, store: GraphStore): Recording {
  const nodes = shownNodes(cy);
  if (nodes.empty()) throw new Error('The canvas is empty: search for something or run a query first, then record.');
  if (nodes.length > MAX_ENTITIES) throw new Error(`A step shows at most ${MAX_ENTITIES} entities and the canvas has ${nodes.length}: hide some, then record.`);
  const ids = nodes.map((n) => n.id());
  const datasets = [...new Set(ids.map((id) => store.node(id)?.dataset ?? 'unknown'))];
  if (datasets.length > 1) throw new Error(`A tour shows one dataset, and the canvas mixes ${datasets.join(' and ')}: clear it and draw one.`);
  const box = nodes.renderedBoundingBox({});
  const allInView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
  let camera: TourStep['camera'] = { fit: true };
  if (!allInView) {
    // Zoomed in on part of the drawing: remember the node nearest the middle of the screen, and the zoom.
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    const distance = (n: NodeSingular) => Math.hypot(n.renderedPosition().x - middle.x, n.renderedPosition().y - middle.y);
    const nearest = nodes.toArray().reduce((best, n) => (distance(n) < distance(best) ? n : best));
    camera = { zoom: Math.round(Math.min(3, Math.max(0.15, cy.zoom())) * 100) / 100, center: nearest.id() };
  }
  const highlight = cy.nodes(':selected').filter((n) => ids.includes(n.id())).map((n) => n.id()).slice(0, 50);
  return { show: { entities: ids }, camera, highlight, dataset: datasets[0]! };
}

/** A recorded step drawn from what the page already holds, for previewing before the tour is saved. */
export function localStepGraph(store: GraphStore, entities: readonly string[]): StepGraph {
  const ids = new Set(entities);
  const nodes = entities.flatMap((id) => store.node(id) ?? []);
  const edges = [...new Map(entities.flatMap((id) => store.edgesTouching(id))
    .filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => [e.id, e])).values()];
  return { nodes, edges, sources: {} };
}
