// The details panel's "Neighbours by relationship": counts per type and direction, each a button for that slice,
// and after any expansion how many of them are drawn already and how many are still to expand.
import type { Core } from 'cytoscape';
import type { GraphNode } from '@contract/graph.ts';
import type { NeighbourCounts } from '@contract/paths.ts';
import { NodeType, RelType } from '@contract/vocabulary.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { plural, relLabel, typeLabel } from '../wording.ts';
import { getNeighbourCounts } from './explore-api.ts';
import { SLICE_PAGE, type SliceExpander } from './slices.ts';
import type { Direction } from './types.ts';
import { onDatasetsChange } from '../state/dataset-scope.ts';

interface Slice { rel: RelType; dir: Direction; count: number; types: Array<[string, number]> }

type Counts = { state: 'loading' } | { state: 'ok'; data: NeighbourCounts } | { state: 'error'; message: string };

/** Groups the API's (type, direction, neighbour type) counts into one slice per type and direction. */
export function groupSlices(counts: NeighbourCounts): Slice[] {
  const slices = new Map<string, Slice>();
  for (const c of counts.counts) {
    const rel = RelType.safeParse(c.relType);
    if (!rel.success) continue;
    const key = `${c.relType}|${c.direction}`;
    const slice = slices.get(key) ?? { rel: rel.data, dir: c.direction, count: 0, types: [] };
    slice.count += c.count;
    slice.types.push([c.neighbourType, c.count]);
    slices.set(key, slice);
  }
  return [...slices.values()].sort((a, b) => b.count - a.count || a.rel.localeCompare(b.rel));
}

function typeWords(types: Array<[string, number]>): string {
  return types.map(([t, n]) => {
    const known = NodeType.safeParse(t);
    return `${known.success ? typeLabel[known.data] : t} ${n}`;
  }).join(', ');
}

/** Distinct neighbours of a node drawn now through one relationship type and direction. */
export function drawnThrough(cy: Core, id: string, rel: string, dir: Direction): number {
  const node = cy.getElementById(id);
  if (node.empty()) return 0;
  const ends = new Set<string>();
  node.connectedEdges().forEach((e) => {
    if (e.data('derived') || e.data('type') !== rel) return;
    const source = e.data('source') as string;
    const target = e.data('target') as string;
    if (dir === 'out' && source === id && target !== id) ends.add(target);
    if (dir === 'in' && target === id && source !== id) ends.add(source);
  });
  return ends.size;
}

/** Drawn and still to expand, for a slice of `count` neighbours of which `drawn` are on the canvas. */
export function sliceProgress(count: number, drawn: number): { drawn: number; left: number } {
  const shown = Math.min(count, Math.max(0, drawn));
  return { drawn: shown, left: count - shown };
}

export class SliceSection {
  private readonly counts = new Map<string, Counts>();
  private readonly elements = new Map<string, HTMLElement>();
  private queued = false;

  constructor(private readonly slices: SliceExpander, private readonly cy: Core) {
    slices.onChange(() => this.renderAll());
    // Any expansion (a double-click, a query, a path) may draw some of these neighbours: keep the rows true.
    cy.on('add remove', 'edge', () => {
      if (this.queued) return;
      this.queued = true;
      requestAnimationFrame(() => { this.queued = false; this.renderAll(); });
    });
    // Counts belong to a scope: a new choice of datasets makes every one stale; the panel's next render refetches.
    onDatasetsChange(() => { this.counts.clear(); this.elements.clear(); });
  }

  private renderAll(): void {
    for (const [id, el] of this.elements) if (el.isConnected) this.render(id);
  }

  /** The section for a node; the same element every time, so panel re-renders keep its state. */
  element(node: GraphNode): HTMLElement {
    let el = this.elements.get(node.id);
    if (!el) {
      el = h('section', { class: 'panel-section slices', 'data-testid': 'neighbour-counts' });
      this.elements.set(node.id, el);
      void this.load(node.id);
    }
    this.render(node.id);
    return el;
  }

  private async load(id: string): Promise<void> {
    this.counts.set(id, { state: 'loading' });
    try {
      this.counts.set(id, { state: 'ok', data: await getNeighbourCounts(id) });
    } catch (err) {
      this.counts.set(id, { state: 'error', message: messageOf(err) });
    }
    this.render(id);
  }

  private render(id: string): void {
    const el = this.elements.get(id);
    const counts = this.counts.get(id);
    if (!el || !counts) return;
    const focused = el.contains(document.activeElement) ? document.activeElement?.getAttribute('data-testid') : null;
    const head = h('h3', {}, 'Neighbours by relationship');
    if (counts.state === 'loading') el.replaceChildren(head, h('p', { class: 'hint loading' }, 'Counting neighbours…'));
    else if (counts.state === 'error') el.replaceChildren(head, h('p', { class: 'error', role: 'alert' }, counts.message));
    else {
      const list = groupSlices(counts.data);
      el.replaceChildren(
        head,
        h('p', { class: 'hint' }, list.length === 0
          ? 'No neighbours.'
          : `${plural(counts.data.total, 'neighbour')} in all. Expand one kind at a time, ${SLICE_PAGE} per page.`),
        h('ul', { class: 'plain slice-list' }, ...list.map((s) => this.row(id, s))),
      );
    }
    if (focused) el.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  }

  private row(id: string, slice: Slice): HTMLLIElement {
    const paging = this.slices.paging(id, slice.rel, slice.dir);
    const busy = this.slices.busy(id, slice.rel, slice.dir);
    const progress = sliceProgress(slice.count, drawnThrough(this.cy, id, slice.rel, slice.dir));
    const left = paging ? Math.min(Math.max(0, paging.total - paging.loaded), progress.left) : progress.left;
    const done = (paging !== undefined || progress.drawn > 0) && left === 0;
    const arrow = slice.dir === 'out' ? '→' : '←';
    const action = busy ? 'Loading…' : done ? 'All shown' : paging ? `Next ${Math.min(SLICE_PAGE, left)}` : slice.count > SLICE_PAGE ? `First ${SLICE_PAGE}` : 'Expand';
    const way = slice.dir === 'out' ? 'outgoing' : 'incoming';
    return h('li', { class: 'slice-row', 'data-rel': slice.rel, 'data-dir': slice.dir },
      h('span', { class: 'slice-what' },
        h('span', { class: 'slice-rel' }, `${arrow} ${relLabel(slice.rel)}`),
        h('span', { class: 'slice-types' }, typeWords(slice.types)),
        progress.drawn > 0 || paging
          ? h('span', { class: 'hint slice-progress', 'data-testid': 'slice-progress' }, `${progress.drawn} drawn · ${progress.left} to expand`)
          : null),
      h('button', {
        type: 'button',
        class: done ? 'slice-button done' : 'slice-button',
        'data-testid': `slice-${slice.rel}-${slice.dir}`,
        disabled: done || busy,
        'aria-label': `${action}: ${relLabel(slice.rel)} (${way}), ${plural(slice.count, 'neighbour')}`,
        onclick: () => void this.slices.expand(id, slice.rel, slice.dir),
      }, action));
  }
}
