// Marks one path on the canvas and steps everything else back; presentation only, so not an undo step.
import type { Core } from 'cytoscape';

export function highlightPath(cy: Core, nodeIds: string[], edgeIds: string[]): void {
  const on = new Set([...nodeIds, ...edgeIds]);
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const hit = on.has(el.id());
      el.toggleClass('path-hl', hit);
      el.toggleClass('path-dim', !hit);
    });
  });
}

export function clearPathHighlight(cy: Core): void {
  cy.elements().removeClass('path-hl path-dim');
}
