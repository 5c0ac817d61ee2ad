// The "Network basics" tab: pick a measure, see it as node size or colour with a legend, a ranked table and one line of explanation.
import type { Core, NodeCollection } from 'cytoscape';
import { h } from '../panels/dom.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { ensureClassroomStyle } from './cy-style.ts';
import { MEASURES, measureInfo, type MeasureName, type MeasureOptions, type PlainGraph } from './measures/index.ts';
import { usableWeight } from './measures/graph.ts';
import { BROWSER_WORDS, DATABASE_MEASURES_FROM_NODES, measureByDatabase } from './measures/by-database.ts';

/** Colour-blind-safe first (Okabe-Ito), then lighter companions; communities past these share grey. */
const COMMUNITY_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#A6D854', '#8DA0CB', '#FC8D62'];
const OTHER = '#7F8A99';
const MIN_SIZE = 18;
const MAX_SIZE = 64;
const TOP = 12;

/** The visible network; each link's `weight` property (an imported weight column) when it is a number. */
function canvasGraph(cy: Core, store: GraphStore): { graph: PlainGraph; nodes: NodeCollection } {
  const nodes = cy.nodes(':visible');
  const ids = new Set(nodes.map((n) => n.id()));
  const edges = cy.edges(':visible').toArray().filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()));
  const weightOf = (id: string) => { const w = store.edge(id)?.properties.weight; return typeof w === 'number' ? w : undefined; };
  return { nodes, graph: { nodes: [...ids], edges: edges.map((e) => ({ source: e.source().id(), target: e.target().id(), weight: weightOf(e.id()) })) } };
}

/** In words: how many links carry a weight, and what the others count as. */
function weightWords(graph: PlainGraph): string {
  const given = graph.edges.filter((e) => e.weight !== undefined).length;
  const unusable = graph.edges.filter((e) => !usableWeight(e.weight)).length;
  const parts = [`${given} of ${graph.edges.length} links have a weight; the others count as 1.`];
  if (unusable > 0) parts.push(`${unusable} with a weight of 0 or less are left out.`);
  return parts.join(' ');
}

const format = (name: MeasureName, v: number): string => (name === 'degree' && Number.isInteger(v) ? String(v) : v.toFixed(3));

export function createMeasuresView(cy: Core, store: GraphStore, select: (id: string) => void, fit: () => void) {
  let current: MeasureName | 'none' = 'none';
  const weighted = h('input', { type: 'checkbox', 'data-testid': 'measure-weighted', onchange: () => { weightAs.disabled = !weighted.checked; apply(); } });
  const weightAs = h('select', { 'data-testid': 'measure-weight-as', 'aria-label': 'A link’s weight means', disabled: true, onchange: () => apply() },
    h('option', { value: 'strength' }, 'strength: heavier links bring nodes closer'),
    h('option', { value: 'distance' }, 'distance: heavier links are longer'));
  const weightNote = h('p', { class: 'cls-hint', 'data-testid': 'measure-weight-note' });
  const options = (): MeasureOptions => ({ weighted: weighted.checked, weightAs: weightAs.value === 'distance' ? 'distance' : 'strength' });
  const explain = h('p', { class: 'cls-explain', 'data-testid': 'measure-explain', 'aria-live': 'polite' }, 'Pick a measure to see who is central in whatever the canvas shows.');
  const engineNote = h('p', { class: 'cls-hint', 'data-testid': 'measure-engine', 'aria-live': 'polite' });
  const askDatabase = h('button', { type: 'button', 'data-testid': 'measure-by-database', onclick: () => apply(true) }, 'Compute in the database');
  const legend = h('div', { class: 'cls-measure-legend', 'data-testid': 'measure-legend' });
  const table = h('table', { class: 'cls-rank-table', 'data-testid': 'measure-table' });
  const buttons = (['none', ...MEASURES] as const).map((name) => h('button', {
    type: 'button', 'aria-pressed': String(name === 'none'), 'data-testid': `measure-${name}`, onclick: () => choose(name),
  }, name === 'none' ? 'Off' : measureInfo[name].label));

  function clear(): void {
    weightNote.textContent = '';
    cy.nodes().removeData('clsSize clsColour');
    legend.replaceChildren();
    table.replaceChildren();
  }

  /** Bumped by every recomputation, so a late answer from the database for an earlier choice is dropped. */
  let asked = 0;

  /**
   * In this browser, or by the database when the canvas holds DATABASE_MEASURES_FROM_NODES or more (the browser's
   * O(n·m) measures would freeze the page) or when asked to; a database without GDS falls back to the browser for
   * graphs under that size, and says so.
   */
  function apply(byDatabase = false): void {
    clear();
    const ticket = ++asked;
    engineNote.textContent = '';
    if (current === 'none') return;
    ensureClassroomStyle(cy);
    const measure = current;
    const info = measureInfo[measure];
    const { graph, nodes } = canvasGraph(cy, store);
    explain.textContent = weighted.checked ? `${info.explain} ${info.weightedExplain}` : info.explain;
    weightNote.textContent = weighted.checked ? weightWords(graph) : '';
    if (graph.nodes.length === 0) return void legend.replaceChildren(h('p', { class: 'cls-hint' }, 'The canvas is empty.'));
    const big = graph.nodes.length >= DATABASE_MEASURES_FROM_NODES;
    if (!big && !byDatabase) {
      engineNote.textContent = `Figures ${BROWSER_WORDS}.`;
      return render(measure, info.compute(graph, options()), nodes);
    }
    engineNote.textContent = 'Asking the database…';
    void measureByDatabase(measure).then((answer) => {
      if (ticket !== asked) return;
      if (answer.ok) {
        engineNote.textContent = `Figures ${answer.words}${weighted.checked ? ' (links unweighted: the database does not read weights here)' : ''}.`;
        return render(measure, answer.scores, nodes);
      }
      if (big) {
        engineNote.textContent = `Not computed: ${answer.why}. The canvas has ${graph.nodes.length.toLocaleString('en')} nodes, too many to measure in this browser (under ${DATABASE_MEASURES_FROM_NODES.toLocaleString('en')}).`;
        return;
      }
      engineNote.textContent = `Not by the database: ${answer.why}. Figures ${BROWSER_WORDS} instead.`;
      render(measure, info.compute(graph, options()), nodes);
    }, () => { /* aborted: a newer choice is on its way */ });
  }

  /** Draws scores as node size or colour, with the legend and the ranked table. */
  function render(measure: MeasureName, scores: Map<string, number>, nodes: NodeCollection): void {
    const info = measureInfo[measure];
    const name = (id: string) => store.nameOf(id);
    if (info.drawn === 'colour') {
      const members = new Map<number, string[]>();
      for (const [id, c] of scores) members.set(c, [...(members.get(c) ?? []), id]);
      nodes.forEach((n) => { const c = scores.get(n.id()) ?? 0; n.data('clsColour', COMMUNITY_COLOURS[c] ?? OTHER); });
      legend.replaceChildren(h('ul', { class: 'cls-swatches' }, ...[...members].slice(0, COMMUNITY_COLOURS.length).map(([c, ids]) =>
        h('li', {}, h('span', { class: 'cls-swatch', style: `background:${COMMUNITY_COLOURS[c] ?? OTHER}` }), `Group ${c + 1}: ${ids.length}`))),
        ...(members.size > COMMUNITY_COLOURS.length ? [h('p', { class: 'cls-hint' }, `${members.size - COMMUNITY_COLOURS.length} smaller groups in grey.`)] : []));
      table.replaceChildren(h('thead', {}, h('tr', {}, h('th', {}, 'Group'), h('th', {}, 'Size'), h('th', {}, 'Members'))),
        h('tbody', {}, ...[...members].slice(0, TOP).map(([c, ids]) => h('tr', {},
          h('td', {}, h('span', { class: 'cls-swatch', style: `background:${COMMUNITY_COLOURS[c] ?? OTHER}` }), ` ${c + 1}`),
          h('td', {}, ids.length), h('td', {}, ids.slice(0, 4).map(name).join(', ') + (ids.length > 4 ? '…' : ''))))));
      return;
    }
    const values = [...scores.values()];
    const max = Math.max(...values);
    // Area, not width, grows with the score, as the eye judges size by area.
    nodes.forEach((n) => { n.data('clsSize', MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (max > 0 ? Math.sqrt((scores.get(n.id()) ?? 0) / max) : 0)); });
    legend.replaceChildren(h('div', { class: 'cls-size-legend' },
      h('span', { class: 'cls-dot', style: `width:${MIN_SIZE / 2}px;height:${MIN_SIZE / 2}px` }), h('span', {}, `${format(measure, Math.min(...values))} low`),
      h('span', { class: 'cls-dot', style: `width:${MAX_SIZE / 2}px;height:${MAX_SIZE / 2}px` }), h('span', {}, `${format(measure, max)} high`)),
    h('p', { class: 'cls-hint' }, `Node size shows the score; links are read both ways${weighted.checked ? ', with their weights' : ''}.`));
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0]))).slice(0, TOP);
    table.replaceChildren(h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'Node'), h('th', {}, info.label))),
      h('tbody', {}, ...ranked.map(([id, v], i) => h('tr', { 'data-node-id': id },
        h('td', {}, i + 1), h('td', {}, h('button', { type: 'button', class: 'cls-link', onclick: () => select(id) }, name(id))), h('td', { class: 'num' }, format(measure, v))))));
  }

  function choose(name: MeasureName | 'none'): void {
    current = name;
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.testid === `measure-${name}`)));
    if (name === 'none') explain.textContent = 'Measures are off.';
    apply();
    // Bigger nodes may now reach past the edges of the view.
    fit();
  }

  // The numbers follow the canvas: adding or removing anything recomputes them.
  let queued = false;
  cy.on('add remove', () => {
    if (current === 'none' || queued) return;
    queued = true;
    window.setTimeout(() => { queued = false; apply(); }, 250);
  });

  const element = h('div', { class: 'cls-measures' },
    h('p', { class: 'cls-hint' }, 'Network basics for whatever the canvas shows: the curated graph, a tour step, or your own data.'),
    h('div', { class: 'cls-measure-buttons', role: 'group', 'aria-label': 'Measure' }, ...buttons),
    h('div', { class: 'cls-measure-weights' },
      h('label', { class: 'cls-check' }, weighted, ' Weighted: use the links’ weight'),
      h('label', { class: 'cls-field' }, h('span', {}, 'For closeness and betweenness, a weight means'), weightAs)),
    weightNote, explain, h('div', { class: 'cls-measure-engine' }, engineNote, askDatabase), legend, table);
  return { element, choose, refresh: () => apply() };
}
