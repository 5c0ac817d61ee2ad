// Stylesheet rules classroom mode adds to the one canvas: tour highlights, presenter-size labels, measure sizes and colours.
import type { Core, ElementDefinition, EventObject, StylesheetJson } from 'cytoscape';

const yellow = '#F0E442';

/** Rules keyed on classes and data only classroom code sets, so they never fight the explorer's own. */
export const classroomRules: StylesheetJson = [
  { selector: 'node[clsSize]', style: { width: 'data(clsSize)', height: 'data(clsSize)' } },
  { selector: 'node[clsColour]', style: { 'background-color': 'data(clsColour)', 'background-opacity': 1 } },
  // Large labels for presenting; set only on elements not yet drawn (see presenterLabels).
  { selector: 'node.cls-big', style: { 'font-size': 15, 'text-max-width': '190px', 'text-outline-width': 3.5, 'min-zoomed-font-size': 4 } },
  { selector: 'node.cls-big[type = "Allegation"]', style: { 'font-size': 13 } },
  { selector: 'edge.cls-big', style: { 'font-size': 11, width: 2, color: '#C7D0DC', 'min-zoomed-font-size': 4 } },
  {
    selector: 'node.cls-focus',
    // No font change here: Cytoscape's label textures go wrong when a drawn label's font metrics change.
    style: {
      'outline-width': 3, 'outline-color': yellow, 'outline-offset': 5, 'outline-opacity': 1,
      'underlay-color': yellow, 'underlay-opacity': 0.18, 'underlay-padding': 12, 'underlay-shape': 'ellipse', color: '#FFF6B0', 'z-index': 40,
    },
  },
];

const augmented = new WeakSet<object>();

/**
 * Appends the rules once per stylesheet. The investigator replaces the whole stylesheet at times (e.g. on a
 * renderer switch), so callers ask again before each use; a sheet already holding the rules is left alone.
 */
export function ensureClassroomStyle(cy: Core): void {
  const sheet = cy.style() as unknown as object;
  if (augmented.has(sheet)) return;
  let style = cy.style();
  for (const rule of classroomRules as Array<{ selector: string; style: Record<string, unknown> }>) style = style.selector(rule.selector).style(rule.style);
  style.update();
  augmented.add(cy.style() as unknown as object);
}


const grow = (event: EventObject): void => { event.target.addClass('cls-big'); };

/**
 * Presenter-size labels, on or off. Cytoscape's label textures go wrong when a label it has drawn changes
 * font size, so large labels are only ever given to elements as they are added (the 'add' event fires before
 * any frame is drawn), and turning them off re-creates the elements, as they were, without them.
 */
export function presenterLabels(cy: Core, on: boolean): void {
  cy.off('add', grow);
  if (on) {
    ensureClassroomStyle(cy);
    cy.on('add', grow);
    return;
  }
  const big = cy.elements('.cls-big');
  if (big.empty()) return;
  const defs = big.jsons().map((json) => {
    const def = json as ElementDefinition & { classes?: string };
    return { ...def, classes: (def.classes ?? '').split(/\s+/).filter((c) => c && c !== 'cls-big').join(' ') };
  });
  const selected = cy.$(':selected').map((e) => e.id());
  cy.batch(() => {
    big.remove();
    cy.add(defs);
  });
  for (const id of selected) cy.getElementById(id).select();
}
