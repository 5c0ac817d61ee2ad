// The side panel: which node or edge it shows, fetching that entity's evidence, and re-rendering as data arrives.
import type { EntityDetail, GraphNode } from '@contract/graph.ts';
import { getEntity, getNeighbourhood, messageOf } from '../api.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { ALLEGATION_OWN_KEYS, allegationSummary, historySection, involvementSection, partiesSection } from './allegation-section.ts';
import { h, section } from './dom.ts';
import { edgeContent } from './edge-section.ts';
import { responsesSection } from './responses-section.ts';
import { datasetLine, description, expandControls, nodeHeading, propertiesSection } from './node-section.ts';
import { sourceList, sourcesByIds } from './source-list.ts';

export interface PanelActions {
  expand(id: string): Promise<void>;
  reveal(id: string): void;
  /** Extra sections shown under the expand control (e.g. the investigator's neighbour counts). */
  sections?(node: GraphNode): Array<HTMLElement | null>;
}

type Shown = { kind: 'node' | 'edge'; id: string } | null;

const HEADING_ID = 'panel-heading';

/** A Source node's properties that "About this source" already shows. */
const SOURCE_SUMMARY_KEYS = new Set(['citedBy', 'held', 'kind', 'publisher', 'url', 'publishedOn']);

export class DetailsPanel {
  private shown: Shown = null;
  private readonly details = new Map<string, EntityDetail>();
  private readonly failures = new Map<string, string>();
  private readonly expanding = new Set<string>();
  /** Allegations whose parties have been fetched for the panel, so reselecting one costs no request. */
  private readonly partiesFetched = new Set<string>();

  constructor(private readonly root: HTMLElement, private readonly store: GraphStore, private readonly actions: PanelActions) {
    root.setAttribute('aria-labelledby', HEADING_ID);
    store.onChange(() => this.render());
    this.render();
  }

  showNode(id: string): void {
    this.shown = { kind: 'node', id };
    this.render();
    void this.load(id);
  }

  showEdge(id: string): void {
    this.shown = { kind: 'edge', id };
    this.render();
  }

  clear(): void {
    this.shown = null;
    this.render();
  }

  /** Forgets what was fetched for these nodes (an edit changed them) and reads the shown one again; [] just re-renders. */
  refresh(ids: string[]): void {
    for (const id of ids) {
      this.details.delete(id);
      this.failures.delete(id);
      this.partiesFetched.delete(id);
    }
    this.render();
    if (this.shown?.kind === 'node' && ids.includes(this.shown.id)) void this.load(this.shown.id);
  }

  /** The node shown now, so keyboard shortcuts elsewhere can act on it. */
  get nodeId(): string | undefined {
    return this.shown?.kind === 'node' ? this.shown.id : undefined;
  }

  async expand(id: string): Promise<void> {
    this.expanding.add(id);
    this.render();
    try {
      await this.actions.expand(id);
    } finally {
      this.expanding.delete(id);
      this.render();
    }
  }

  private async load(id: string): Promise<void> {
    const node = this.store.node(id);
    const jobs: Array<Promise<void>> = [];
    if (!this.details.has(id)) {
      jobs.push(getEntity(id).then((detail) => {
        this.details.set(id, detail);
        this.store.addNode(detail.node);
        this.store.addSources(detail.citations.map((c) => c.source));
      }));
    }
    // An allegation's parties are its edges; fetch them if the canvas has not already.
    if (node?.type === 'Allegation' && this.store.paging(id) === undefined && !this.partiesFetched.has(id)) {
      jobs.push(getNeighbourhood(id, { limit: 100 }).then((n) => {
        this.store.absorb(n);
        this.partiesFetched.add(id);
      }));
    }
    if (jobs.length === 0) return;
    try {
      await Promise.all(jobs);
      this.failures.delete(id);
    } catch (err) {
      this.failures.set(id, messageOf(err));
    }
    if (this.shown?.id === id) this.render();
  }

  private render(): void {
    // Re-rendering replaces the buttons; keep keyboard focus where the user left it.
    const focused = this.root.contains(document.activeElement) ? document.activeElement?.getAttribute('data-testid') : null;
    const content = this.shown?.kind === 'node'
      ? this.nodeContent(this.shown.id)
      : this.shown?.kind === 'edge'
        ? this.edgeContent(this.shown.id)
        : this.emptyContent();
    this.root.replaceChildren(...content);
    this.root.dataset.shown = this.shown ? `${this.shown.kind}:${this.shown.id}` : '';
    if (focused) this.root.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  }

  private emptyContent(): HTMLElement[] {
    return [
      h('header', { class: 'panel-head' }, h('h2', { id: HEADING_ID }, 'Nothing selected')),
      h('p', { class: 'description' }, 'Search for a person, organisation, compound or place, then select a node or a line to see what is reported about it and by whom.'),
      h('ul', { class: 'tips' },
        h('li', {}, 'Click a node or line to read its details and sources.'),
        h('li', {}, 'Double-click a node, or press Enter, to expand its neighbours.'),
        h('li', {}, 'Allegations are claims made by someone: their status says how far they have been established.')),
    ];
  }

  private nodeContent(id: string): HTMLElement[] {
    const node = this.store.node(id);
    if (!node) return [h('h2', { id: HEADING_ID }, 'Loading…')];
    const detail = this.details.get(id);
    const failure = this.failures.get(id);
    const isAllegation = node.type === 'Allegation';
    const parts: Array<HTMLElement | null> = [
      nodeHeading(node, HEADING_ID),
      isAllegation ? allegationSummary(node) : null,
      description(node),
      expandControls(node, this.store.paging(id), this.expanding.has(id), () => void this.expand(id)),
      ...(this.actions.sections?.(node) ?? []),
      failure ? h('p', { class: 'error', role: 'alert' }, failure) : null,
      isAllegation ? partiesSection(node, this.store.edgesTouching(id), this.store.node, this.actions.reveal) : null,
      node.type === 'Source' ? this.sourceSelf(node) : null,
      this.evidence(node, detail),
      isAllegation ? responsesSection(detail, this.store.nameOf, this.actions.reveal) : null,
      isAllegation ? historySection(node, this.store.nameOf) : null,
      detail && !isAllegation ? involvementSection(detail, this.actions.reveal) : null,
      propertiesSection(node, isAllegation ? ALLEGATION_OWN_KEYS : node.type === 'Source' ? SOURCE_SUMMARY_KEYS : undefined),
      datasetLine(node),
    ];
    return parts.filter((p): p is HTMLElement => p !== null);
  }

  /** Citations with notes once the entity is fetched; until then, the source ids the node carries. */
  private evidence(node: GraphNode, detail: EntityDetail | undefined): HTMLElement | null {
    const title = node.type === 'Allegation' ? 'Reported in' : 'Sources';
    if (detail) {
      if (detail.citations.length === 0) {
        return section(title, 'panel-sources', h('p', { class: 'hint' }, 'No source is recorded for this entry.'));
      }
      return section(title, 'panel-sources', sourceList(detail.citations, this.store.nameOf));
    }
    const known = sourcesByIds(node.sources, this.store.source, this.store.nameOf);
    return section(title, 'panel-sources', known ?? h('p', { class: 'hint loading' }, 'Loading sources…'));
  }

  private sourceSelf(node: GraphNode): HTMLElement | null {
    const summary = this.store.source(node.id);
    return summary ? section('About this source', 'panel-source-self', sourceList([{ source: summary }], this.store.nameOf)) : null;
  }

  private edgeContent(id: string): HTMLElement[] {
    const edge = this.store.edge(id);
    if (!edge) return [h('h2', { id: HEADING_ID }, 'Unknown relationship')];
    return edgeContent(edge, { node: this.store.node, source: this.store.source, nameOf: (x) => this.store.nameOf(x), reveal: this.actions.reveal }, HEADING_ID);
  }
}
