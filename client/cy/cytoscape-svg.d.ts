// Type shim for cytoscape-svg, which ships no typings: the extension and the cy.svg() it adds.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}

declare namespace cytoscape {
  interface Core {
    /** SVG of the current view (full: the whole graph), from cytoscape-svg. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
