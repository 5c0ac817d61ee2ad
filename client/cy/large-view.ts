// Large views: past a few thousand elements the graph loses its always-on labels (drawing thousands of them
// is what froze the page) and is drawn with WebGL. Labels come back for the selection and what touches it,
// and for the nodes in view once the reader zooms in far enough to read them; so do arrows, and the links' words.
import type { Core, StylesheetJson } from 'cytoscape';
import { switchToWebgl } from './renderer-switch.ts';

/** Elements (nodes and edges) past which a view counts as large. */
export const LARGE_VIEW = 3000;
/** Back to the ordinary look below this; the gap keeps a view near the line from flipping to and fro. */
const SMALL_AGAIN = 2000;
/** Labels of nodes in view are drawn from this zoom, when no more than IN_VIEW_LABELS nodes are in view. */
export const LABEL_ZOOM = 0.6;
const IN_VIEW_LABELS = 300;
/**
 * Past this many elements the explorer offers to group a whole view (by type, dataset or community) before drawing
 * it: a hairball of thousands of nodes says nothing until it is grouped (client/grouping/).
 */
export const GROUP_OFFER = 5000;

/** Rules appended to the stylesheet in a large view: no labels, except where the reader is looking. */
export function largeViewRules(): StylesheetJson {
  return [
    { selector: 'node, edge', style: { label: '' } },
    { selector: 'node[label].spot, node[label]:selected, node[label].in-view', style: { label: 'data(label)' } },
    { selector: 'edge[label].spot, edge[label]:selected, edge[label].in-view', style: { label: 'data(label)' } },
    // Arrows are level of detail too: thousands of arrowheads are noise at a distance, and each costs a draw. Last, so
    // it wins over every arrow rule; an edge near the reader drops the class and gets its own arrow back (a claim's
    // tee or dot, not a plain triangle), so no rule here needs to know which arrow each kind of link has.
    { selector: 'edge.lod-far', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' } },
  ];
}

export interface LargeViewHost {
  /** The whole stylesheet for a large view or an ordinary one. */
  style(large: boolean): StylesheetJson;
  /** Told once whether the renderer switched to WebGL (false: this browser has none). */
  switched(webgl: boolean): void;
}

const largeViews = new WeakSet<Core>();

export function isLargeView(cy: Core): boolean {
  return largeViews.has(cy);
}

/** Sets the large or ordinary look at once; cheap (styles are recomputed lazily), so callers may do it before a big add. */
export function setLargeView(cy: Core, host: LargeViewHost, large: boolean): void {
  if (large === largeViews.has(cy)) return;
  if (large) largeViews.add(cy);
  else largeViews.delete(cy);
  cy.style(host.style(large));
  if (!large) cy.elements('.in-view, .lod-far').removeClass('in-view lod-far');
}

/**
 * Watches the element count. The count is kept from the add and remove events, one step each, because
 * counting the graph on every event made adding n elements cost n². The look changes inside the very event
 * that crosses the line, before anything measures the new elements with their labels. The renderer is
 * switched once, right after the burst of additions (a microtask) and so before any frame is drawn: the old
 * renderer drawing thousands of elements even once kept the GPU busy for many seconds.
 */
export function watchLargeViews(cy: Core, host: LargeViewHost): void {
  let count = cy.elements().length;
  let switchQueued = false;
  cy.on('add', () => {
    count += 1;
    if (count <= LARGE_VIEW) return;
    if (!largeViews.has(cy)) setLargeView(cy, host, true);
    if (!switchQueued) {
      switchQueued = true;
      queueMicrotask(() => {
        showDetailInView(cy);
        host.switched(switchToWebgl(cy));
      });
    }
  });
  cy.on('remove', () => {
    count -= 1;
    if (count < SMALL_AGAIN && largeViews.has(cy)) queueMicrotask(() => setLargeView(cy, host, cy.elements().length >= SMALL_AGAIN));
  });
  labelNodesInView(cy);
}

/** Once the view settles, zoomed in on a large view, the nodes in it get their labels, and their links labels and arrows. */
function labelNodesInView(cy: Core): void {
  let timer: number | undefined;
  cy.on('viewport', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => showDetailInView(cy), 200);
  });
}

/** Level of detail for the view as it is now: labels and arrows near the reader only, and only when few enough. */
export function showDetailInView(cy: Core): void {
  if (!largeViews.has(cy)) return;
  const box = cy.extent();
  const inView = cy.zoom() < LABEL_ZOOM ? cy.collection() : cy.nodes().filter((n) => {
    const p = n.position();
    return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
  });
  const wanted = inView.length <= IN_VIEW_LABELS ? inView : cy.collection();
  const wantedEdges = wanted.connectedEdges();
  cy.batch(() => {
    cy.nodes('.in-view').difference(wanted).removeClass('in-view');
    wanted.addClass('in-view');
    cy.edges('.in-view').difference(wantedEdges).removeClass('in-view');
    // addClass on an element that has the class already changes nothing, so this touches only the edges that moved.
    cy.edges().difference(wantedEdges).addClass('lod-far');
    wantedEdges.removeClass('lod-far').addClass('in-view');
  });
}
