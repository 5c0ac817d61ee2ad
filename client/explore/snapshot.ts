// Captures the canvas as a Snapshot and puts one back, drawing from the store what the canvas no longer holds.
import type { Core } from 'cytoscape';
import { edgeElement, nodeElement } from '../cy/elements.ts';
import type { GraphStore } from '../state/graph-store.ts';
import type { Settings, SlicePaging, Snapshot } from './types.ts';
import { arrival, stampArrival } from './view-actions.ts';

/** Derived elements (allegations folded into links) follow from the settings, so snapshots leave them out. */
export const REAL = '[!derived]';

const round = (v: number): number => Math.round(v * 2) / 2;

export function captureCanvas(cy: Core, store: GraphStore, slices: SlicePaging[], settings: Settings): Snapshot {
  return {
    // In arrival order, which collapse relies on and restoring re-creates.
    nodes: cy.nodes(REAL).toArray().sort((a, b) => arrival(a) - arrival(b)).map((n) => ({ id: n.id(), x: round(n.position().x), y: round(n.position().y) })),
    edges: cy.edges(REAL).map((e) => e.id()),
    pinned: cy.nodes(REAL).filter((n) => n.locked()).map((n) => n.id()),
    slices: slices.map((s) => ({ ...s })),
    paging: store.pagingEntries(),
    settings: structuredClone(settings),
  };
}

/** Same view? Positions count, so a layout or a drag is a change too. */
export function sameSnapshot(a: Snapshot | undefined, b: Snapshot): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Makes the canvas hold exactly the snapshot's nodes, at its positions, and its edges. Nodes the store
 * does not know (which it never forgets, so only after a bad link) are skipped.
 */
export function restoreCanvas(cy: Core, store: GraphStore, snap: Snapshot): void {
  const nodeIds = new Set(snap.nodes.map((n) => n.id));
  const edgeIds = new Set(snap.edges);
  const pinned = new Set(snap.pinned);
  cy.batch(() => {
    cy.elements(REAL).filter((el) => !(el.isNode() ? nodeIds.has(el.id()) : edgeIds.has(el.id()))).remove();
    for (const placed of snap.nodes) {
      const existing = cy.getElementById(placed.id);
      const at = { x: placed.x, y: placed.y };
      if (existing.nonempty()) {
        existing.unlock();
        existing.position(at);
        continue;
      }
      const node = store.node(placed.id);
      if (node) cy.add(nodeElement(node, at));
    }
    for (const id of snap.edges) {
      if (cy.getElementById(id).nonempty()) continue;
      const edge = store.edge(id);
      if (edge && cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty()) cy.add(edgeElement(edge, store.node));
    }
    cy.nodes(REAL).forEach((n) => { if (pinned.has(n.id())) n.lock(); else n.unlock(); });
    for (const placed of snap.nodes) {
      const node = cy.getElementById(placed.id);
      if (node.nonempty() && node.isNode()) stampArrival(node);
    }
  });
  store.restorePaging(snap.paging);
}
