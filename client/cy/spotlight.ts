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

/**
 * Runs draw (an export) on the view as it reads with nothing selected: no fade, no spotlight labels, no selection
 * halo; then puts all three back. Selection is switched off in Cytoscape's own flag rather than by unselect(), whose
 * events would close the details panel and reload it on the way back; the :selected rules read that flag.
 */
export function withoutSelection<T>(cy: Core, draw: () => T): T {
  const faded = cy.elements('.faded');
  const spot = cy.elements('.spot');
  const selected = cy.elements(':selected');
  // updateStyle() and recalculateRenderedStyle() are Cytoscape element methods missing from its typings. The
  // renderer would redo label and arrow positions on its next frame, after the export: it is asked to now.
  const touched = selected.union(selected.connectedEdges()) as unknown as { updateStyle(): void; recalculateRenderedStyle(useCache: boolean): void };
  const restyle = (): void => {
    touched.updateStyle();
    touched.recalculateRenderedStyle(false);
  };
  const flag = (value: boolean): void => {
    selected.forEach((el) => { (el as unknown as { _private: { selected: boolean } })._private.selected = value; });
  };
  cy.batch(() => {
    faded.removeClass('faded');
    spot.removeClass('spot');
  });
  flag(false);
  restyle();
  try {
    return draw();
  } finally {
    flag(true);
    cy.batch(() => {
      faded.addClass('faded');
      spot.addClass('spot');
    });
    restyle();
  }
}
