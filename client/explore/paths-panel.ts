// The Paths tool: from, to and evidence filters in; shortest (or collusion) paths listed; one picked is drawn, highlighted and explained.
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
import { getCollusionPaths, getPaths, getSlice } from './explore-api.ts';
import { linkedRole, showLinkedRoles } from './linked-roles.ts';
import { explainPath } from './path-explain.ts';
import { clearPathHighlight, highlightPath } from './path-highlight.ts';
import { setPathShare, type PathShare } from './path-share.ts';
import { explanation, pathRows } from './path-view.ts';

export interface PathsDeps { view: GraphView; store: GraphStore; notices: Notices }

export interface PathsPanel { element: HTMLElement; useSelection(): void; opened(): void; reopen(share: PathShare): Promise<void> }

const options = (pairs: Array<[string, string]>, value: string): HTMLOptionElement[] =>
  pairs.map(([v, t]) => h('option', { value: v, selected: v === value }, t));

/** Only what a picked path needs on the canvas: its nodes and edges (and, for a collusion path, who makes the allegation). */
function partOf(result: PathsResult, paths: PathsResult['paths']) {
  const ids = new Set(paths.flatMap((p) => [...p.nodeIds, ...p.edgeIds]));
  const claims = new Set(paths.map((p) => p.allegationId).filter(Boolean));
  const edges = result.edges.filter((e) => ids.has(e.id) || (e.type === 'MADE_BY' && claims.has(e.source)));
  edges.forEach((e) => { ids.add(e.source); ids.add(e.target); });
  return { nodes: result.nodes.filter((n) => ids.has(n.id)), edges, sources: result.sources };
}

export function createPathsPanel({ view, store, notices }: PathsDeps): PathsPanel {
  const from = createEntityPicker('path-from', 'From', () => undefined);
  const to = createEntityPicker('path-to', 'To', () => undefined);
  const k = h('input', { type: 'number', min: 1, max: 10, value: 3, id: 'path-k', 'data-testid': 'path-k' });
  const hops = h('input', { type: 'number', min: 1, max: MAX_HOPS, value: 6, id: 'path-hops', 'data-testid': 'path-hops' });
  const corroborated = h('input', { type: 'checkbox', id: 'path-corroborated', 'data-testid': 'path-corroborated' });
  const throughSources = h('input', { type: 'checkbox', id: 'path-through-sources', 'data-testid': 'path-through-sources' });
  const includeLinked = h('input', { type: 'checkbox', id: 'path-include-linked', 'data-testid': 'path-include-linked' });
  const reliability = h('select', { id: 'path-reliability', 'data-testid': 'path-reliability' },
    ...options([['', 'Any'], ...Reliability.options.slice(0, 5).map((g): [string, string] => [g, `${g} or better (${reliabilityMeaning[g].toLowerCase()})`])], ''));
  const credibility = h('select', { id: 'path-credibility', 'data-testid': 'path-credibility' },
    ...options([1, 2, 3, 4, 5, 6].map((c): [string, string] => [String(c), `${c} (${(credibilityMeaning[c] ?? '').toLowerCase()})`]), '6'));
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'path-status' });
  const results = h('div', { class: 'path-results' });
  let result: PathsResult | undefined;
  let share: PathShare | undefined;
  let chosen = -1;

  const field = (label: string, control: HTMLElement, id: string): HTMLElement => h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const check = (label: string, control: HTMLInputElement): HTMLElement => h('label', { class: 'check' }, control, label);

  const useSelection = (): void => {
    const id = view.selectedNodeId();
    const node = id ? store.node(id) : undefined;
    if (node) from.set(node);
  };

  const remember = (): void => setPathShare(share ? { ...share, chosen } : undefined);

  const pick = async (i: number): Promise<void> => {
    const path = result?.paths[i];
    if (!result || !path) return;
    chosen = i;
    await drawPart(view, store, partOf(result, [path]));
    showLinkedRoles(view.cy, store, result.linked);
    await fetchAccusers(path.nodeIds);
    highlightPath(view.cy, path.nodeIds, path.edgeIds);
    remember();
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
    const ctx = { nameOf: store.nameOf, edge: store.edge, linkedRole, statusOf: (id: string) => store.node(id)?.status };
    results.replaceChildren(pathRows(result.paths, ctx, chosen, (i) => void pick(i)));
    if (!path) return;
    results.append(
      explanation(explainPath(path, { node: store.node, edge: store.edge, source: store.source, accusers, linkedRole }), (edgeId) => view.select(edgeId)),
      h('button', { type: 'button', class: 'link-button', onclick: () => { clearPathHighlight(view.cy); chosen = -1; remember(); render(); } }, 'Clear highlight'),
    );
  };

  const said = (r: PathsResult, s: PathShare): string => {
    if (s.kind === 'paths') {
      return r.paths.length === 0
        ? `No path within ${s.maxHops ?? hops.value} hops that passes these evidence filters.`
        : `${plural(r.paths.length, 'path')} found. Pick one to draw it and read why.`;
    }
    if (r.paths.length > 0) {
      const linked = r.linked.length > 0 ? ` ${plural(r.linked.length, 'party', 'parties')} not accused but linked to an accused party ${r.linked.length === 1 ? 'is' : 'are'} shown, labelled as such.` : '';
      return `${plural(r.paths.length, 'collusion path')}: each runs from a party an allegation of complicity accuses, through the allegation, to what it concerns.${linked} Pick one to read why.`;
    }
    const end = [s.from, s.to].filter(Boolean).map((id) => store.nameOf(id!)).join(' or ');
    return end
      ? `No allegation of complicity or collusion names ${end} as accused or as what it concerns${s.includeLinked ? '' : '. Tick “Include those linked to the accused” to see who is linked to an accused party'}.`
      : 'No allegation of complicity or collusion in the chosen datasets.';
  };

  const run = async (s: PathShare): Promise<void> => {
    status.textContent = s.kind === 'paths' ? 'Searching for paths…' : 'Following the allegations of complicity…';
    notices.loading(true);
    try {
      const r = s.kind === 'paths'
        ? await getPaths({
          from: s.from!, to: s.to!, k: s.k ?? 3, maxHops: s.maxHops ?? 6, minReliability: s.minReliability,
          maxCredibility: s.maxCredibility ?? 6, corroboratedOnly: s.corroboratedOnly ?? false, throughSources: s.throughSources ?? false,
        })
        : await getCollusionPaths({ from: s.from, to: s.to, includeLinked: s.includeLinked ?? false });
      store.absorbGraph(r);
      result = r;
      share = s;
      chosen = -1;
      showLinkedRoles(view.cy, store, r.linked);
      status.textContent = said(r, s);
      // Collusion paths are an overview: all are drawn, the picked one highlighted.
      if (r.kind === 'collusion' && r.paths.length > 0) await drawPart(view, store, partOf(r, r.paths));
      render();
      if (r.paths.length > 0) await pick(Math.min(Math.max(s.chosen, 0), r.paths.length - 1));
      else remember();
    } catch (err) {
      result = undefined;
      share = undefined;
      remember();
      render();
      status.textContent = messageOf(err);
    } finally {
      notices.loading(false);
    }
  };

  const find = async (): Promise<void> => {
    if (!from.value || !to.value) return void (status.textContent = 'Pick both ends: select a node for “From”, and search for “To”.');
    await run({
      kind: 'paths', from: from.value.id, to: to.value.id, k: Number(k.value) || 1, maxHops: Number(hops.value) || 6,
      minReliability: Reliability.safeParse(reliability.value).data, maxCredibility: Number(credibility.value),
      corroboratedOnly: corroborated.checked, throughSources: throughSources.checked, chosen: 0,
    });
  };

  const collusion = (): Promise<void> => run({ kind: 'collusion', from: from.value?.id, to: to.value?.id, includeLinked: includeLinked.checked, chosen: 0 });

  /** A shared link: the form as it was, the same search, the same path picked. */
  const reopen = async (s: PathShare): Promise<void> => {
    const known = (id?: string): GraphNode | undefined => (id ? store.node(id) : undefined);
    from.set(known(s.from));
    to.set(known(s.to));
    if (s.k) k.value = String(s.k);
    if (s.maxHops) hops.value = String(s.maxHops);
    reliability.value = s.minReliability ?? '';
    credibility.value = String(s.maxCredibility ?? 6);
    corroborated.checked = s.corroboratedOnly ?? false;
    throughSources.checked = s.throughSources ?? false;
    includeLinked.checked = s.includeLinked ?? false;
    await run(s);
    if (!from.value) from.set(known(s.from));
    if (!to.value) to.set(known(s.to));
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
      h('button', {
        type: 'button', 'data-testid': 'collusion-paths', onclick: () => void collusion(),
        title: 'Paths through allegations of complicity or collusion: from the party accused, through the allegation, to what it concerns (From and To, when given, are the ends)',
      }, 'Collusion paths')),
    h('div', { class: 'field-row' }, check('Include those linked to the accused (labelled: not accused)', includeLinked)),
    status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void find();
  });
  // Opening the tool starts from the selected node, unless an end was already chosen.
  const opened = (): void => { if (!from.value) useSelection(); };
  return { element: h('div', { class: 'paths-panel', 'data-testid': 'paths-panel' }, form, results), useSelection, opened, reopen };
}
