// Room to work: resize handles on the panes around the canvas (side panel, Queries and Classroom drawers, results),
// folding the side panel, folding the legend when space is short, and keeping Cytoscape measured as panes move.
import type { Core } from 'cytoscape';
import { h } from './dom.ts';
import { createResizer, readFlag, storeFlag } from './resizable.ts';

export interface PanelLayoutDeps {
  layout: HTMLElement;
  wrap: HTMLElement;
  canvas: HTMLElement;
  panel: HTMLElement;
  legend: HTMLElement;
  cy: Core;
}

/** Cytoscape measures its container only when told; what was in the middle of the view stays there. */
export function remeasure(cy: Core): void {
  const zoom = cy.zoom();
  const centre = { x: (cy.width() / 2 - cy.pan().x) / zoom, y: (cy.height() / 2 - cy.pan().y) / zoom };
  cy.resize();
  cy.pan({ x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom });
}

/** Below these the legend starts folded: it would cover too much of the graph. */
export const LEGEND_ROOM = { width: 900, height: 620 };
export const legendShouldFold = (width: number, height: number): boolean => width < LEGEND_ROOM.width || height < LEGEND_ROOM.height;

function watchLegend(canvas: HTMLElement, legend: HTMLElement): void {
  const toggle = legend.querySelector<HTMLButtonElement>('.legend-toggle');
  if (!toggle) return;
  // Once the user folds or unfolds it by hand, their choice stands.
  let chosen = false;
  toggle.addEventListener('click', (event) => { if (event.isTrusted) chosen = true; });
  const fit = (): void => {
    if (chosen) return;
    const r = canvas.getBoundingClientRect();
    if (r.width === 0) return;
    const open = toggle.getAttribute('aria-expanded') === 'true';
    if (open === legendShouldFold(r.width, r.height)) toggle.click();
  };
  // The canvas, not its wrapper: a drawer inside the wrapper narrows the canvas alone.
  new ResizeObserver(() => requestAnimationFrame(fit)).observe(canvas);
}

function sidePanel({ layout, wrap, panel, cy }: PanelLayoutDeps): void {
  const fold = h('button', {
    type: 'button', class: 'panel-fold', 'data-testid': 'panel-fold', 'aria-controls': 'side-panel', 'aria-keyshortcuts': ']',
  });
  const setFolded = (folded: boolean): void => {
    layout.classList.toggle('panel-folded', folded);
    fold.setAttribute('aria-expanded', String(!folded));
    fold.setAttribute('aria-label', folded ? 'Show the details panel' : 'Fold the details panel');
    fold.title = `${folded ? 'Show' : 'Fold'} the details panel (])`;
    fold.textContent = folded ? '‹' : '›';
    storeFlag('panel.folded', folded);
  };
  const toggle = (): void => setFolded(!layout.classList.contains('panel-folded'));
  fold.addEventListener('click', toggle);
  document.addEventListener('keydown', (event) => {
    const t = event.target;
    if (event.key !== ']' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
    toggle();
  });
  panel.id ||= 'side-panel';
  const resizer = createResizer({
    key: 'panel', label: 'Resize the details panel', cssVar: '--panel-width', axis: 'x', grow: -1, min: 260,
    max: () => window.innerWidth * 0.45, pane: panel, fold: toggle, changed: () => remeasure(cy),
  });
  wrap.append(resizer.element, fold);
  setFolded(readFlag('panel.folded') ?? false);
}

function drawerHandle(drawer: HTMLElement | null, key: string, label: string, cssVar: string, closeSelector: string, cy: Core): void {
  if (!drawer) return;
  const resizer = createResizer({
    key, label, cssVar, axis: 'x', grow: 1, min: 280, max: () => window.innerWidth * 0.45, pane: drawer,
    fold: () => drawer.querySelector<HTMLButtonElement>(closeSelector)?.click(), changed: () => remeasure(cy),
  });
  drawer.append(resizer.element);
}

export function mountPanelLayout(deps: PanelLayoutDeps): void {
  const { layout, cy } = deps;
  sidePanel(deps);
  drawerHandle(layout.querySelector('#queries-drawer'), 'queries', 'Resize the Queries drawer', '--queries-width', '.drawer-head .q-icon-button', cy);
  drawerHandle(layout.querySelector('#classroom-drawer'), 'classroom', 'Resize the Classroom drawer', '--cls-width', '.cls-drawer-head .cls-icon-button', cy);
  const dock = layout.querySelector<HTMLElement>('[data-testid="results"]');
  if (dock) {
    const resizer = createResizer({
      key: 'results', label: 'Resize the query results', cssVar: '--results-height', axis: 'y', grow: -1, min: 120,
      max: () => window.innerHeight * 0.7, pane: dock, fold: () => dock.querySelector<HTMLButtonElement>('[data-testid="results-fold"]')?.click(),
      changed: () => remeasure(cy),
    });
    dock.prepend(resizer.element);
  }
  watchLegend(deps.canvas, deps.legend);
  // Drawers opening and closing change the canvas's size without a window resize; keep Cytoscape in step.
  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; remeasure(cy); });
  }).observe(deps.canvas);
}
