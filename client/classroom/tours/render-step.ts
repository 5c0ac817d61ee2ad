// Draws one tour step on the shared canvas: keeps what stays, adds what is new, then moves the camera and marks highlights.
import type { Core } from 'cytoscape';
import type { StepGraph, TourStep } from '@contract/tours.ts';
import type { GraphView } from '../../cy/graph-view.ts';
import { fitTo } from '../../cy/layout.ts';
import type { GraphStore } from '../../state/graph-store.ts';
import { ensureClassroomStyle } from '../cy-style.ts';

export interface StepCanvas {
  view: GraphView;
  store: GraphStore;
}

/** How long camera moves between steps take: slow enough for a class to follow. */
const CAMERA_MS = 650;

function animate(cy: Core, zoom: number, pan: { x: number; y: number }): Promise<void> {
  return new Promise((resolve) => {
    cy.animate({ zoom, pan }, { duration: CAMERA_MS, easing: 'ease-in-out-cubic', complete: () => resolve() });
  });
}

/** Presenting may zoom in further than exploring does: a small step then fills the screen. */
export async function moveCamera(cy: Core, camera: TourStep['camera'], maxZoom = 1.5): Promise<void> {
  cy.resize();
  const centre = camera.center ? cy.getElementById(camera.center) : undefined;
  if (centre?.nonempty() && camera.zoom !== undefined) {
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
    const at = centre.position();
    await animate(cy, zoom, { x: cy.width() / 2 - zoom * at.x, y: cy.height() / 2 - zoom * at.y });
  } else {
    await fitTo(cy, cy.elements(':visible'), maxZoom);
  }
}

export function markHighlights(cy: Core, ids: readonly string[]): void {
  cy.nodes('.cls-focus').removeClass('cls-focus');
  for (const id of ids) cy.getElementById(id).addClass('cls-focus');
}

/**
 * Most of a step's picture carries over when it shares enough with the one before: those nodes stay put
 * and the new ones grow out of them. Otherwise the canvas starts afresh with a full layout.
 */
export async function drawStep({ view, store }: StepCanvas, graph: StepGraph, step: TourStep, big: boolean): Promise<void> {
  const cy = view.cy;
  ensureClassroomStyle(cy);
  store.absorbGraph(graph);
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const kept = graph.nodes.filter((n) => view.has(n.id));
  const carryOver = kept.length >= 2 && kept.length >= graph.nodes.length * 0.3;
  cy.elements().unselect();
  cy.batch(() => {
    const stale = carryOver
      ? cy.elements().filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id()) && !el.data('derived')))
      : cy.elements();
    stale.remove();
  });
  const anchor = carryOver ? kept[0] : graph.nodes[0];
  if (anchor) {
    if (!view.has(anchor.id)) view.addLoose(anchor);
    await view.addAround(anchor.id, graph.nodes, graph.edges, store.node);
  }
  markHighlights(cy, step.highlight);
  await moveCamera(cy, step.camera, big ? 1.8 : 1.5);
}
