// Past ~3000 elements the canvas renderer crawls: re-mount Cytoscape once on its WebGL renderer (cytoscape >= 3.31).
import type { Core } from 'cytoscape';
import { afterChanges } from './after-changes.ts';

export const WEBGL_THRESHOLD = 3000;

function webgl2Available(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

interface WithOptions { _private: { options: { renderer?: Record<string, unknown> } } }

/**
 * WebGL is chosen when the renderer is created, so switching means unmounting and mounting the same
 * instance on the same container: elements, listeners and the viewport survive; the stylesheet is
 * reset from the init options, which is why callers re-apply theirs on 'mount'.
 */
export function switchToWebgl(cy: Core): boolean {
  const container = cy.container();
  if (!container || !webgl2Available()) return false;
  const options = (cy as unknown as WithOptions)._private.options;
  options.renderer = { ...options.renderer, name: 'canvas', webgl: true };
  const { zoom, pan } = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.unmount();
  cy.mount(container);
  cy.viewport({ zoom, pan });
  return true;
}

/** Watches the element count and switches once, the first time it crosses the threshold. */
export function autoWebgl(cy: Core, report: (switched: boolean) => void): void {
  let done = false;
  afterChanges(cy, 'add', () => {
    if (done || cy.elements().length <= WEBGL_THRESHOLD) return;
    done = true;
    // After the current batch of additions, not in the middle of it.
    window.setTimeout(() => report(switchToWebgl(cy)), 0);
  });
}
