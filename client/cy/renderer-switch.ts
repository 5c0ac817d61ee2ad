// Past a few thousand elements the canvas renderer crawls: Cytoscape (>= 3.31) can draw with WebGL instead.
import type { Core } from 'cytoscape';

let webgl2: boolean | undefined;

/**
 * Asked once per page and remembered. The probe's context is released at once: a page gets only a few
 * live WebGL contexts, and Cytoscape needs one of its own.
 */
export function webgl2Available(): boolean {
  if (webgl2 !== undefined) return webgl2;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    webgl2 = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webgl2 = false;
  }
  return webgl2;
}

/** Cytoscape's own renderer calls, which its typings leave out. */
interface RendererControl {
  _private: { options: Record<string, unknown> & { renderer?: Record<string, unknown> } };
  stopAnimationLoop(): void;
  startAnimationLoop(): void;
  destroyRenderer(): void;
  invalidateSize(): void;
  initRenderer(options: Record<string, unknown>): void;
}

export function usesWebgl(cy: Core): boolean {
  return Boolean((cy as unknown as RendererControl)._private.options.renderer?.webgl);
}

/**
 * WebGL is chosen when the renderer is created, so switching means replacing the renderer of the same
 * instance: elements, listeners, stylesheet and viewport all stay. This does what cy.mount() does except
 * reset the stylesheet to the one given at start, which would lose every rule added since and restyle the
 * whole graph a second time. One pixel per CSS pixel: a big graph gains nothing from drawing four.
 */
export function switchToWebgl(cy: Core): boolean {
  const container = cy.container();
  if (!container || usesWebgl(cy) || !webgl2Available()) return false;
  const control = cy as unknown as RendererControl;
  const options = control._private.options;
  options.renderer = { ...options.renderer, name: 'canvas', webgl: true };
  options.pixelRatio = 1;
  const { zoom, pan } = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  control.stopAnimationLoop();
  control.destroyRenderer();
  control.invalidateSize();
  control.initRenderer({ ...options, ...options.renderer });
  control.startAnimationLoop();
  cy.viewport({ zoom, pan });
  return true;
}
