// The single Cytoscape instance: adding elements, selection, focus, and pointer and keyboard gestures on the canvas.
import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { edgeElement, nodeElement } from './elements.ts';
import { fitTo, layoutAll, layoutAround } from './layout.ts';
import { clearSpotlight, spotlight } from './spotlight.ts';
import { graphStyle } from './style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface GraphViewEvents {
  select(kind: 'node' | 'edge', id: string): void;
  clearSelection(): void;
  expand(id: string): void;
}

type Lookup = (id: string) => GraphNode | undefined;

export class GraphView {
  readonly cy: Core;
  private running = 0;
  /** Where a long layout says how far it has got (set by the investigator's layout control). */
  progress: (text: string | undefined) => void = () => undefined;

  constructor(private readonly container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    // Published for the end-to-end tests, which inspect the graph through it.
    window.__cy = this.cy;
    this.setRunning(0);

    this.cy.on('select', 'node, edge', (event) => {
      const target = event.target as SingularElementArgument;
      this.spotlight(target);
      events.select(target.isNode() ? 'node' : 'edge', target.id());
    });
    this.cy.on('unselect', 'node, edge', () => {
      // Switching selection fires unselect then select; only a selection left empty is a real clear.
      queueMicrotask(() => {
        if (this.cy.$(':selected').empty()) {
          clearSpotlight(this.cy);
          events.clearSelection();
        }
      });
    });
    // Cytoscape calls any two taps within its debounce time a double tap, even on two different nodes: a click on one
    // node and then quickly on another must select the second, not expand it. Only two taps on the same node expand.
    // The last two taps' targets (undefined: the background); a double tap fires after its second tap.
    let taps: [string | undefined, string | undefined] = [undefined, undefined];
    this.cy.on('tap', (event) => { taps = [taps[1], event.target === this.cy ? undefined : (event.target as SingularElementArgument).id()]; });
    this.cy.on('dbltap', 'node', (event) => {
      const id = (event.target as SingularElementArgument).id();
      if (taps[0] === id && taps[1] === id) events.expand(id);
    });

    container.addEventListener('keydown', (event) => {
      const selected = this.cy.$('node:selected');
      if (event.key === 'Enter' && selected.nonempty()) {
        event.preventDefault();
        events.expand(selected.first().id());
      } else if (event.key === 'Escape') {
        this.cy.elements().unselect();
      }
    });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  get isEmpty(): boolean {
    return this.cy.elements().empty();
  }

  /** Adds a node with no visible link to what is shown, beside the current drawing. */
  addLoose(node: GraphNode): void {
    if (this.has(node.id)) return;
    const box = this.cy.elements().boundingBox({});
    const position = this.isEmpty ? { x: 0, y: 0 } : { x: box.x2 + 220, y: box.y1 + box.h / 2 };
    this.cy.add(nodeElement(node, position));
  }

  /**
   * Adds whatever is new among the nodes and edges. Edges whose ends are not both drawn are skipped:
   * the graph never shows a line to nowhere. Returns how many nodes were added.
   */
  async addAround(anchorId: string, nodes: GraphNode[], edges: GraphEdge[], lookup: Lookup): Promise<number> {
    const anchor = this.cy.getElementById(anchorId);
    const wasAlone = this.cy.nodes().length <= 1;
    const at = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const newNodes = nodes.filter((n) => !this.has(n.id)).map((n) => nodeElement(n, at));
    const added = this.cy.add(newNodes);
    const newEdges = edges
      .filter((e) => !this.has(e.id) && this.has(e.source) && this.has(e.target))
      .map((e) => edgeElement(e, lookup));
    this.cy.add(newEdges);
    const selected = this.cy.$(':selected');
    if (selected.nonempty()) this.spotlight(selected.first());
    if (added.empty()) return 0;
    await this.busy(async () => {
      if (wasAlone || anchor.empty()) await layoutAll(this.cy, this.progress);
      else await layoutAround(this.cy, anchor, added, this.progress);
    });
    return added.length;
  }

  /** Selects an element (which opens its details) and brings it into view if it is off screen. */
  select(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    this.cy.elements().unselect();
    element.select();
    const box = element.renderedBoundingBox({});
    const offScreen = box.x1 < 0 || box.y1 < 0 || box.x2 > this.cy.width() || box.y2 > this.cy.height();
    if (offScreen) this.cy.animate({ center: { eles: element } }, { duration: 300 });
  }

  selectedNodeId(): string | undefined {
    const node = this.cy.$('node:selected');
    return node.nonempty() ? node.first().id() : undefined;
  }

  fit(): Promise<void> {
    return fitTo(this.cy, this.cy.elements());
  }

  relayout(): Promise<void> {
    return this.busy(() => layoutAll(this.cy, this.progress));
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Takes one node (with its links) or one link off the canvas: what a delete removed from the published graph. */
  remove(id: string): void {
    this.cy.getElementById(id).remove();
  }

  /** Dims all but the selection and what touches it, so its links stand out in a dense graph. */
  private spotlight(target: SingularElementArgument): void {
    spotlight(this.cy, target);
  }

  /** Marks the canvas as moving (data-layout="running") while some work, e.g. a layout, runs. */
  async busy(work: () => Promise<void>): Promise<void> {
    this.setRunning(this.running + 1);
    try {
      await work();
    } finally {
      this.setRunning(this.running - 1);
    }
  }

  /** data-layout tells tests and styles whether nodes are still moving. */
  private setRunning(count: number): void {
    this.running = count;
    this.container.dataset.layout = count > 0 ? 'running' : 'idle';
  }
}
