// Hide, collapse and pin: changes to what the canvas shows that fetch nothing.
import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { GraphStore } from '../state/graph-store.ts';
import { REAL } from './snapshot.ts';
import type { SliceExpander } from './slices.ts';

/** Removes elements from the canvas (not from what has been fetched, so undo can bring them back). */
/** The drawn elements among some ids. */
export function drawn(cy: Core, ids: string[]): Collection {
  return ids.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection());
}

export function hide(cy: Core, ids: string[]): number {
  return hideElements(cy, ids).count;
}

/** Hides, and says what went: the elements asked for, and the lines that went with their nodes (for the Hidden list). */
export function hideElements(cy: Core, ids: string[]): { count: number; removed: Collection } {
  const eles = drawn(cy, ids);
  const count = eles.length;
  return { count, removed: eles.remove() };
}

let order = 0;

/** Stamps nodes with the order they arrived in, which tells what a node's expansion brought in. */
export function stampArrival(node: NodeSingular): void {
  order += 1;
  node.scratch('arrival', order);
}

export const arrival = (n: NodeSingular): number => (n.scratch('arrival') as number | undefined) ?? 0;

/**
 * What expanding this node brought in and nothing else holds: groups of nodes that touch the rest of the
 * canvas only through it, all of them its neighbours, drawn after it, and none pinned.
 */
export function danglingNeighbours(cy: Core, node: NodeSingular): string[] {
  const neighbours = node.connectedEdges(REAL).connectedNodes().difference(node);
  const rest = cy.elements(REAL).difference(node).difference(node.connectedEdges());
  const seen = new Set<string>();
  const out: string[] = [];
  neighbours.forEach((start) => {
    if (seen.has(start.id())) return;
    const group = rest.bfs({ roots: start, directed: false }).path.nodes();
    group.forEach((n) => { seen.add(n.id()); });
    const brought = group.toArray().every((n) => neighbours.contains(n) && !n.locked() && !n.selected() && arrival(n) > arrival(node));
    if (brought) out.push(...group.map((n) => n.id()));
  });
  return out;
}

/**
 * Takes back what expanding a node drew: its neighbours that hang off it alone. Its paging is reset too,
 * so expanding it again starts from the first page.
 */
export function collapse(cy: Core, store: GraphStore, slices: SliceExpander, id: string): number {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode()) return 0;
  const removed = hide(cy, danglingNeighbours(cy, node));
  store.restorePaging(store.pagingEntries().filter(([key]) => key !== id));
  slices.restore(slices.entries().filter((s) => s.id !== id));
  return removed;
}

/** Pins (locks in place) or unpins nodes; returns whether they are pinned now. */
export function togglePin(cy: Core, ids: string[]): boolean {
  const nodes = drawn(cy, ids).nodes();
  const pin = nodes.toArray().some((n) => !n.locked());
  nodes.forEach((n) => { if (pin) n.lock(); else n.unlock(); });
  return pin;
}
