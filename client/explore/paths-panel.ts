// The Paths tool: from, to and evidence filters in; shortest paths listed; one picked is drawn, highlighted and explained.
import type { GraphNode } from '@contract/graph.ts';
import type { PathsResult } from '@contract/paths.ts';
import { MAX_HOPS } from '@contract/paths.ts';
import { Reliability } from '@contract/vocabulary.ts';
import type { GraphView } from '../cy/graph-view.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import type { Notices } from '../state/explorer.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { credibilityMeaning, plural, reliabilityMeaning } from '../wording.ts';
import { drawPart } from './draw.ts';
import { createEntityPicker } from './entity-picker.ts';
import { getPaths, getSlice, runCollusionPaths } from './explore-api.ts';
import { explainPath } from './path-explain.ts';
import { clearPathHighlight, highlightPath } from './path-highlight.ts';
import { explanation, pathRows } from './path-view.ts';

export interface PathsDeps { view: GraphView; store: GraphStore; notices: Notices }

const options = (pairs: Array<[string, string]>, value: string): HTMLOptionElement[] =>
  pairs.map(([v, t]) => h('option', { value: v, selected: v === value }, t));

export function createPathsPanel({ view, store, notices }: PathsDeps): { element: HTMLElement; useSelection(): void; opened(): void } {
  const from = createEntityPicker('path-from', 'From', () => undefined);
  const to = createEntityPicker('path-to', 'To', () => undefined);
  const k = h('input', { type: 'number', min: 1, max: 10, value: 3, id: 'path-k', 'data-testid': 'path-k' });
  const hops = h('input', { type: 'number', min: 1, max: MAX_HOPS, value: 6, id: 'path-hops', 'data-testid': 'path-hops' });
  const corroborated = h('input', { type: 'checkbox', id: 'path-corroborated', 'data-testid': 'path-corroborated' });
  const throughSources = h('input', { type: 'checkbox', id: 'path-through-sources', 'data-testid': 'path-through-sources' });
  const reliability = h('select', { id: 'path-reliability', 'data-testid': 'path-reliability' },
    ...options([['', 'Any'], ...Reliability.options.slice(0, 5).map((g): [string, string] => [g, `${g} or better (${reliabilityMeaning[g].toLowerCase()})`])], ''));
  const credibility = h('select', { id: 'path-credibility', 'data-testid': 'path-credibility' },
    ...options([1, 2, 3, 4, 5, 6].map((c): [string, string] => [String(c), `${c} (${(credibilityMeaning[c] ?? '').toLowerCase()})`]), '6'));
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'path-status' });
  const results = h('div', { class: 'path-results' });
  let result: PathsResult | undefined;
  let chosen = -1;

  const field = (label: string, control: HTMLElement, id: string): HTMLElement => h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const check = (label: string, control: HTMLInputElement): HTMLElement => h('label', { class: 'check' }, control, label);

  const useSelection = (): void => {
    const id = view.selectedNodeId();
    const node = id ? store.node(id) : undefined;
    if (node) from.set(node);
  };

  const pick = async (i: number): Promise<void> => {
    const path = result?.paths[i];
    if (!result || !path) return;
    chosen = i;
    const part = { nodes: result.nodes.filter((n) => path.nodeIds.includes(n.id)), edges: result.edges.filter((e) => path.edgeIds.includes(e.id)), sources: result.sources };
    await drawPart(view, store, part);
    await fetchAccusers(path.nodeIds);
    highlightPath(view.cy, path.nodeIds, path.edgeIds);
    render();
  };

  // The explanation names who made each allegation on the path; fetch MADE_BY where the store lacks it.
  const fetchAccusers = async (ids: string[]): Promise<void> => {
    const claims = ids.filter((id) => store.node(id)?.type === 'Allegation' && !store.edgesTouching(id).some((e) => e.type === 'MADE_BY'));
    await Promise.all(claims.map((id) => getSlice(id, { relTypes: ['MADE_BY'], direction: 'out', limit: 20, skip: 0 }).then((n) => store.absorb(n)).catch(() => undefined)));
  };

  const accusers = (id: string): string[] => store.edgesTouching(id).filter((e) => e.type === 'MADE_BY' && e.source === id).map((e) => store.nameOf(e.target));

  const render = (): void => {
    if (!result) return results.replaceChildren();
    const path = result.paths[chosen];
    results.replaceChildren(pathRows(result.paths, store.nameOf, chosen, (i) => void pick(i)));
    if (!path) return;
    results.append(
      explanation(explainPath(path, { node: store.node, edge: store.edge, source: store.source, accusers }), (edgeId) => view.select(edgeId)),
      h('button', { type: 'button', class: 'link-button', onclick: () => { clearPathHighlight(view.cy); chosen = -1; render(); } }, 'Clear highlight'),
    );
  };

  const find = async (): Promise<void> => {
    if (!from.value || !to.value) return void (status.textContent = 'Pick both ends: select a node for “From”, and search for “To”.');
    status.textContent = 'Searching for paths…';
    notices.loading(true);
    try {
      result = await getPaths({
        from: from.value.id, to: to.value.id, k: Number(k.value) || 1, maxHops: Number(hops.value) || 6,
        minReliability: Reliability.safeParse(reliability.value).data, maxCredibility: Number(credibility.value),
        corroboratedOnly: corroborated.checked, throughSources: throughSources.checked,
      });
      store.absorbGraph(result);
      chosen = -1;
      status.textContent = result.paths.length === 0
        ? `No path within ${hops.value} hops that passes these evidence filters.`
        : `${plural(result.paths.length, 'path')} found. Pick one to draw it and read why.`;
      render();
      if (result.paths.length > 0) await pick(0);
    } catch (err) {
      result = undefined;
      render();
      status.textContent = messageOf(err);
    } finally {
      notices.loading(false);
    }
  };

  const collusion = async (): Promise<void> => {
    notices.loading(true);
    try {
      const answer = await runCollusionPaths(4);
      const added = await drawPart(view, store, answer.graph);
      notices.info(`Collusion paths: ${plural(answer.graph.nodes.length, 'node')} (${added} new) drawn. Each runs through an allegation — read its status.`);
    } catch (err) {
      notices.error(messageOf(err));
    } finally {
      notices.loading(false);
    }
  };

  const form = h('form', { class: 'paths-form', 'aria-label': 'Find paths' },
    h('div', { class: 'ends-row' }, from.element, h('button', { type: 'button', class: 'link-button', onclick: useSelection, title: 'Use the node selected on the canvas' }, 'Use selected')),
    to.element,
    h('div', { class: 'field-row' }, field('Paths (k)', k, 'path-k'), field('Hop limit', hops, 'path-hops')),
    h('fieldset', { class: 'evidence' }, h('legend', {}, 'Evidence filters'),
      h('div', { class: 'field-row' }, field('Source reliability', reliability, 'path-reliability'), field('Weakest credibility', credibility, 'path-credibility')),
      h('div', { class: 'field-row' }, check('Corroborated allegations only', corroborated), check('Through sources', throughSources))),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'find-paths' }, 'Find paths'),
      h('button', { type: 'button', 'data-testid': 'collusion-paths', onclick: () => void collusion(), title: 'Run the saved query: officials and public bodies linked to compounds through an allegation of complicity' }, 'Collusion paths')),
    status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void find();
  });
  // Opening the tool starts from the selected node, unless an end was already chosen.
  const opened = (): void => { if (!from.value) useSelection(); };
  return { element: h('div', { class: 'paths-panel', 'data-testid': 'paths-panel' }, form, results), useSelection, opened };
}
