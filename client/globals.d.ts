// Globals the client publishes on window.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The Cytoscape instance, published so end-to-end tests can inspect the graph. */
    __cy?: Core;
  }
}

export {};
