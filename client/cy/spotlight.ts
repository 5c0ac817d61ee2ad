// The spotlight on a selection: it and what touches it stay bright (and, in a large view, labelled); the rest dims.
import type { Core, SingularElementArgument } from 'cytoscape';

export function spotlight(cy: Core, target: SingularElementArgument): void {
  const keep = target.isNode() ? target.closedNeighborhood() : target.union(target.connectedNodes());
  // Classes only change where they differ, so moving the spotlight restyles what it leaves and reaches, not the whole graph.
  cy.batch(() => {
    cy.elements().addClass('faded');
    cy.elements('.spot').difference(keep).removeClass('spot');
    keep.removeClass('faded').addClass('spot');
  });
}

export function clearSpotlight(cy: Core): void {
  cy.batch(() => { cy.elements('.faded, .spot').removeClass('faded spot'); });
}
