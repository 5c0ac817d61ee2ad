// Wires the investigator's features into the explorer: view history, typed expansion, view actions and the tool strip.
import { linkedRoleSection } from './linked-roles.ts';
import type { GraphNode } from '@contract/graph.ts';
import { applyStyles } from '../cy/explore-style.ts';
import type { GraphView } from '../cy/graph-view.ts';
import type { DetailsPanel } from '../panels/details-panel.ts';
import type { Explorer, Notices } from '../state/explorer.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { plural } from '../wording.ts';
import './explore.css';
import { allegationLinksPass } from './allegation-links.ts';
import { AllegationModeControl } from './allegation-mode.ts';
import { filtersPass } from './filters.ts';
import { runLayout } from './layouts.ts';
import { updateLegend } from './legend-extras.ts';
import { sizingPass } from './sizing.ts';
import { createExploreBar, toolButton, type ExploreBar } from './explore-bar.ts';
import { ViewHistory } from './history.ts';
import { nodeActions } from './node-actions.ts';
import { SliceSection } from './slice-section.ts';
import { SliceExpander } from './slices.ts';
import { captureCanvas, REAL, restoreCanvas } from './snapshot.ts';
import { DEFAULT_SETTINGS, type AllegationMode, type LayoutName, type Settings, type Snapshot } from './types.ts';
import { HiddenNodes } from './hidden-list.ts';
import { collapse, hideElements, stampArrival, togglePin } from './view-actions.ts';
import { spotlightPass, ViewPasses } from './view-passes.ts';

export interface InvestigatorDeps {
  view: GraphView;
  store: GraphStore;
  explorer: Explorer;
  panel: DetailsPanel;
  notices: Notices;
}

export class Investigator {
  settings: Settings = structuredClone(DEFAULT_SETTINGS);
  readonly slices: SliceExpander;
  readonly history: ViewHistory;
  readonly passes: ViewPasses;
  readonly bar: ExploreBar;
  readonly canvas: HTMLElement;
  readonly mode: AllegationModeControl;
  private partiesTimer: number | undefined;
  /** Opens the view a link holds (?v=), or else does what the page does on its own (set by the share module). */
  openFromUrl: (otherwise: () => Promise<void>) => Promise<void> = (otherwise) => otherwise();
  /** Where a long layout says it is working (set by the layout control). */
  progress: (text: string | undefined) => void = () => undefined;
  private readonly sliceSection: SliceSection;
  private readonly undoButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  /** Nodes the user hid, listed on the strip to bring back. */
  readonly hiddenNodes: HiddenNodes;
  private hiding = false;

  constructor(readonly deps: InvestigatorDeps) {
    const { view, store, notices } = deps;
    const cy = view.cy;
    this.canvas = cy.container() as HTMLElement;
    applyStyles(cy);
    view.progress = (text) => this.progress(text);
    this.slices = new SliceExpander(view, store, notices);
    this.sliceSection = new SliceSection(this.slices, cy);
    this.passes = new ViewPasses(cy, () => this.settings);
    this.passes.add(allegationLinksPass(store));
    this.passes.add(filtersPass(store));
    this.passes.add(sizingPass());
    this.passes.add((_cy, settings) => updateLegend(settings));
    this.passes.add(spotlightPass);
    this.mode = new AllegationModeControl(view, store, notices, (m) => void this.setMode(m));
    this.history = new ViewHistory({
      capture: () => captureCanvas(cy, store, this.slices.entries(), this.settings),
      restore: (snap) => this.restoreView(snap),
      idle: () => this.idle(),
      // data-pending on Undo: a change is waiting to settle into a step (the e2e tests wait for it to clear).
      pendingChanged: (pending) => { if (this.undoButton) this.undoButton.dataset.pending = String(pending); },
    });

    cy.on('add remove', (event) => {
      if (event.target.data('derived')) return;
      if (event.type === 'add' && event.target.isNode()) stampArrival(event.target);
      if (event.type === 'add' && this.settings.mode === 'links' && !this.history.isRestoring && event.target.data('type') === 'Allegation') this.partiesLater();
      this.passes.schedule();
      // Only a removal can empty the canvas; checking on every add made adding n elements cost n².
      if (event.type === 'remove' && this.slices.entries().length > 0 && cy.nodes(REAL).empty()) this.slices.restore([]);
      // A cleared or replaced canvas starts a fresh list of hidden nodes (not a hide, and not undo redrawing).
      if (event.type === 'remove' && !this.hiding && !this.history.isRestoring && cy.nodes(REAL).empty()) this.hiddenNodes?.reset();
      this.history.schedule();
    });
    cy.on('dragfree', 'node', () => this.history.schedule());
    // Any layout (an expansion's, Re-layout, a picked one) ends with data-layout="idle": record where nodes went.
    new MutationObserver(() => { if (this.canvas.dataset.layout === 'idle') this.history.schedule(); })
      .observe(this.canvas, { attributes: true, attributeFilter: ['data-layout'] });
    // A folded allegation is read in the panel as the allegation itself (this runs after the view's own handler).
    cy.on('select', 'edge[?derived]', (event) => deps.panel.showNode(String(event.target.data('allegation'))));

    this.bar = createExploreBar(this.canvas.parentElement ?? document.body);
    this.undoButton = toolButton('↶ Undo', 'Undo the last change to the view (Ctrl+Z)', () => this.undo(), 'undo-button');
    this.redoButton = toolButton('↷ Redo', 'Redo (Ctrl+Shift+Z)', () => this.redo(), 'redo-button');
    this.undoButton.setAttribute('aria-keyshortcuts', 'Control+Z');
    this.redoButton.setAttribute('aria-keyshortcuts', 'Control+Shift+Z');
    this.hiddenNodes = new HiddenNodes(cy, store.nameOf, () => this.history.commit());
    this.bar.group('History', this.undoButton, this.redoButton);
    this.bar.group('Hidden', this.hiddenNodes.button);
    this.bar.element.parentElement?.append(this.hiddenNodes.popover);
    this.history.on(() => this.hiddenNodes.render());
    this.bar.group('Allegations', this.mode.element);
    this.mode.show(this.settings.mode);
    this.history.on(() => this.updateHistoryButtons());
    this.updateHistoryButtons();
  }

  /** Sections the details panel shows for a node: view actions and neighbour counts by relationship. */
  sections(node: GraphNode): Array<HTMLElement | null> {
    const cy = this.deps.view.cy;
    return [
      nodeActions(cy, node, { pin: (id) => this.pin([id]), hide: (id) => this.hide([id]), collapse: (id) => this.collapse(id) }),
      this.sliceSection.element(node),
      linkedRoleSection(node.id),
    ];
  }

  undo(): void {
    if (!this.history.undo()) this.deps.notices.info('Nothing to undo.');
  }

  redo(): void {
    if (!this.history.redo()) this.deps.notices.info('Nothing to redo.');
  }

  /** The selected elements, or the given ids. */
  targets(ids?: string[]): string[] {
    return ids ?? this.deps.view.cy.$(':selected').map((e) => e.id());
  }

  hide(ids?: string[]): void {
    const list = this.targets(ids);
    if (list.length === 0) return this.deps.notices.info('Select a node or a line to hide it.');
    this.hiding = true;
    const { count, removed } = hideElements(this.deps.view.cy, list);
    this.hiding = false;
    this.hiddenNodes.record(removed);
    this.history.commit();
    this.deps.notices.info(`${plural(count, 'element')} hidden. Undo (Ctrl+Z) brings ${count === 1 ? 'it' : 'them'} back.`);
  }

  collapse(id?: string): void {
    const target = id ?? this.deps.view.selectedNodeId();
    if (!target) return this.deps.notices.info('Select a node to collapse its neighbours.');
    const count = collapse(this.deps.view.cy, this.deps.store, this.slices, target);
    this.history.commit();
    this.deps.notices.info(count > 0 ? `${plural(count, 'neighbour')} of ${this.deps.store.nameOf(target)} collapsed.` : 'No neighbour hangs off this node alone.');
    this.rerenderPanel(target);
  }

  pin(ids?: string[]): void {
    const list = this.targets(ids).filter((id) => this.deps.view.cy.getElementById(id).isNode());
    if (list.length === 0) return this.deps.notices.info('Select a node to pin it.');
    const pinned = togglePin(this.deps.view.cy, list);
    this.history.commit();
    this.deps.notices.info(pinned ? 'Pinned: layouts leave it where it is.' : 'Unpinned.');
    for (const id of list) this.rerenderPanel(id);
  }

  /** Changes view settings (filters, layout, mode, sizing) as one undoable step. */
  update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...structuredClone(change) };
    this.passes.now();
    this.history.commit();
  }

  /** Switches allegations between nodes and links; the parties links need are drawn in the same step. */
  async setMode(mode: AllegationMode): Promise<void> {
    this.settings = { ...this.settings, mode };
    this.mode.show(mode);
    this.passes.now();
    if (mode === 'links') {
      await this.mode.ensureParties();
      this.passes.now();
    }
    this.history.commit();
  }

  async setLayout(name: LayoutName): Promise<void> {
    this.settings = { ...this.settings, layout: name };
    await this.relayout();
  }

  /** Lays the visible graph out again with the chosen layout, as one undoable step. */
  async relayout(): Promise<void> {
    const { view } = this.deps;
    await view.busy(() => runLayout(view.cy, this.settings.layout, (text) => this.progress(text)));
    await view.fit();
    this.history.commit();
  }

  idle(): boolean {
    return this.canvas.dataset.layout !== 'running' && document.body.dataset.loading !== 'true';
  }

  /** Puts a snapshot on the canvas (undo, Back, a shared link); not itself a step. */
  restoreView(snap: Snapshot): void {
    const { view, store } = this.deps;
    restoreCanvas(view.cy, store, snap);
    this.slices.restore(snap.slices);
    this.settings = structuredClone(snap.settings);
    this.mode.show(this.settings.mode);
    this.passes.now();
    const shown = this.deps.panel.nodeId;
    if (shown) this.rerenderPanel(shown);
  }

  private partiesLater(): void {
    window.clearTimeout(this.partiesTimer);
    this.partiesTimer = window.setTimeout(() => void this.mode.ensureParties(), 50);
  }

  private rerenderPanel(id: string): void {
    if (this.deps.panel.nodeId === id && this.deps.view.has(id)) this.deps.panel.showNode(id);
  }

  private updateHistoryButtons(): void {
    this.undoButton.disabled = !this.history.canUndo;
    this.undoButton.dataset.step = String(this.history.position);
    this.redoButton.disabled = !this.history.canRedo;
  }
}
