// Stylesheet rules the investigator adds: pinned nodes, allegations folded into links, filters and path highlights.
import type { Core, StylesheetJson } from 'cytoscape';
import { isLargeView, largeViewRules } from './large-view.ts';
import { edgeColours, okabeIto, statusLook } from './palette.ts';
import { graphStyle } from './style.ts';

const highlight = okabeIto.yellow;

export function exploreStyle(): StylesheetJson {
  return [
    // A pinned node wears a dashed ring, so it is clear why a layout left it alone.
    { selector: 'node:locked', style: { 'outline-width': 2, 'outline-color': highlight, 'outline-style': 'dashed', 'outline-offset': 4, 'outline-opacity': 0.8 } },
    // Allegations folded into links: accuser -> accused, named by category, styled by status as the diamonds are.
    {
      selector: 'edge[?derived]',
      style: {
        'line-color': edgeColours.allegation, 'target-arrow-color': edgeColours.allegation, 'target-arrow-shape': 'triangle-tee',
        width: 2.2, color: '#F3D3E4', 'font-size': 8, 'font-weight': 600,
      },
    },
    { selector: 'edge[?derived][statusGroup = "claimed"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge[?derived][statusGroup = "established"]', style: { 'line-style': 'solid', width: 3 } },
    { selector: 'edge[?derived][statusGroup = "legal"]', style: { 'line-style': 'solid', width: 5.5 } },
    {
      selector: 'edge[?derived][statusGroup = "contested"]',
      style: { 'line-style': 'dotted', 'line-color': statusLook.contested.border, 'target-arrow-color': statusLook.contested.border, color: '#C9CED6' },
    },
    // A claim that accuses no one is not drawn as an accusation: a thin line ending in a dot, never the accusation's arrow.
    {
      selector: 'edge[?derived][kind = "about"]',
      style: { width: 1.4, 'line-color': '#A98BA0', 'target-arrow-color': '#A98BA0', 'target-arrow-shape': 'circle', color: '#D9C6D3' },
    },
    // Opinions and calls: their own colour, a dash-dot line and italic words ("OPINION · calls on").
    {
      selector: 'edge[?derived][kind = "opinion"]',
      style: {
        width: 1.6, 'line-style': 'dashed', 'line-dash-pattern': [2, 5], 'line-color': okabeIto.skyBlue, 'target-arrow-color': okabeIto.skyBlue,
        'target-arrow-shape': 'circle', color: '#BFE3F7', 'font-style': 'italic',
      },
    },
    // A denial or dispute on record: dotted grey like a contested claim, with a bar at the accuser's end.
    {
      selector: 'edge[?derived][answered != ""]',
      style: { 'line-style': 'dotted', 'line-color': statusLook.contested.border, 'target-arrow-color': statusLook.contested.border, 'source-arrow-shape': 'tee', 'source-arrow-color': statusLook.contested.border, color: '#C9CED6' },
    },
    { selector: '.as-link', style: { display: 'none' } },
    // Filtered out: faded to a trace, or gone, as the filter panel says.
    { selector: '.flt-fade', style: { opacity: 0.1, 'text-opacity': 0 } },
    { selector: '.flt-hide', style: { display: 'none' } },
    // A path picked in the Paths panel stands out; everything else steps back.
    { selector: '.path-dim', style: { opacity: 0.16 } },
    { selector: 'node.path-hl', style: { 'underlay-color': highlight, 'underlay-opacity': 0.35, 'underlay-padding': 10, 'underlay-shape': 'ellipse', opacity: 1, 'z-index': 30 } },
    { selector: 'edge.path-hl', style: { 'line-color': highlight, 'target-arrow-color': highlight, width: 4, color: highlight, opacity: 1, 'z-index': 30 } },
  ];
}

/** The whole stylesheet, with the large-view rules (labels only where the reader looks) last when asked. */
export function fullStyle(large: boolean): StylesheetJson {
  return [...graphStyle(), ...exploreStyle(), ...(large ? largeViewRules() : [])];
}

/** Sets the full stylesheet for the view as it is now. */
export function applyStyles(cy: Core): void {
  cy.style(fullStyle(isLargeView(cy)));
}
