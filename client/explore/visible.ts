// The visible graph: what a reader sees now (not hidden, not faded by a filter, not folded away), read from classes not styles.
import type { Collection, Core, EdgeSingular } from 'cytoscape';

/** Classes that take an element out of the visible graph; classes are exact even inside a batch, styles are not. */
export const OUT = '.flt-hide, .flt-fade, .as-link';

export function visibleGraph(cy: Core): Collection {
  const nodes = cy.nodes().not(OUT);
  const edges = cy.edges().not(OUT).filter((e: EdgeSingular) => nodes.contains(e.source()) && nodes.contains(e.target()));
  return nodes.union(edges);
}

/** On screen at all, faded ones included: what a table or an export of "what I see" should list. */
export function drawnGraph(cy: Core): Collection {
  const nodes = cy.nodes().not('.flt-hide, .as-link');
  const edges = cy.edges().not('.flt-hide, .as-link').filter((e: EdgeSingular) => nodes.contains(e.source()) && nodes.contains(e.target()));
  return nodes.union(edges);
}
