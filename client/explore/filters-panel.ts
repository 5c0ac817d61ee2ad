// The Filters tool: node types, relationship types, allegation status, grades and dates; filtered elements fade or hide.
import type { Core } from 'cytoscape';
import { AllegationStatus, NodeType, Reliability, RelType } from '@contract/vocabulary.ts';
import { statusGroup } from '../cy/palette.ts';
import { h } from '../panels/dom.ts';
import { typeSwatch } from '../panels/legend-swatch.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { credibilityMeaning, plural, relLabel, reliabilityMeaning, statusLabel, typeLabel } from '../wording.ts';
import { allegationDates } from './filters.ts';
import { timeline } from './timeline.ts';
import { filtersActive, NO_FILTERS, type Filters } from './types.ts';

export interface FiltersHost {
  cy: Core;
  store: GraphStore;
  filters(): Filters;
  setFilters(next: Filters): void;
}

function toggled<T>(list: T[], value: T, shown: boolean): T[] {
  return shown ? list.filter((v) => v !== value) : [...new Set([...list, value])];
}

export function createFiltersPanel(host: FiltersHost): { element: HTMLElement; render(): void } {
  const element = h('div', { class: 'filters-panel', 'data-testid': 'filters-panel' });
  const set = (change: Partial<Filters>): void => host.setFilters({ ...host.filters(), ...change });

  const box = (testId: string, label: Node | string, shown: boolean, onChange: (shown: boolean) => void, count?: number): HTMLElement => {
    const input = h('input', { type: 'checkbox', checked: shown, 'data-testid': testId });
    input.addEventListener('change', () => onChange(input.checked));
    return h('label', { class: 'check' }, input, label, count !== undefined ? h('small', { class: 'count' }, String(count)) : null);
  };
  const group = (title: string, ...children: Array<HTMLElement | null>): HTMLElement =>
    h('fieldset', { class: 'filter-group' }, h('legend', {}, title), ...children);

  const render = (): void => {
    const f = host.filters();
    const cy = host.cy;
    const real = cy.elements('[!derived]');
    const typeCount = (t: string): number => real.nodes(`[type = "${t}"]`).length;
    const relCount = (t: string): number => real.edges(`[type = "${t}"]`).length;
    const types = NodeType.options.filter((t) => typeCount(t) > 0 || f.types.includes(t));
    const rels = RelType.options.filter((t) => relCount(t) > 0 || f.rels.includes(t));
    const statusCount = (s: string): number => real.nodes(`[type = "Allegation"][status = "${s}"]`).length;
    const claims = real.nodes('[type = "Allegation"]').map((n) => host.store.node(n.id())).map((n) => (n ? allegationDates(n) : []));
    const dated = { dates: claims.flat().sort(), allegations: claims.length, dated: claims.filter((d) => d.length > 0).length };
    const out = cy.elements('.flt-fade, .flt-hide');
    const focused = element.contains(document.activeElement) ? document.activeElement?.getAttribute('data-testid') : null;

    const credibility = h('select', { 'data-testid': 'filter-credibility', 'aria-label': 'Weakest allegation credibility shown' },
      ...[1, 2, 3, 4, 5, 6].map((c) => h('option', { value: c, selected: c === f.maxCredibility }, `${c} — ${credibilityMeaning[c]}${c === 6 ? ' (all)' : ''}`)));
    credibility.addEventListener('change', () => set({ maxCredibility: Number(credibility.value) }));
    const reliability = h('select', { 'data-testid': 'filter-reliability', 'aria-label': 'Weakest source reliability shown' },
      ...Reliability.options.map((g) => h('option', { value: g, selected: g === f.minReliability }, g === 'F' ? 'Any source (A–F)' : `${g} or better — ${reliabilityMeaning[g]}`)));
    reliability.addEventListener('change', () => set({ minReliability: Reliability.parse(reliability.value) }));
    const mode = h('select', { 'data-testid': 'filter-mode', 'aria-label': 'What happens to filtered elements' },
      h('option', { value: 'fade', selected: !f.hide }, 'Fade them'), h('option', { value: 'hide', selected: f.hide }, 'Hide them'));
    mode.addEventListener('change', () => set({ hide: mode.value === 'hide' }));

    element.replaceChildren(
      h('div', { class: 'filter-summary' },
        h('p', { 'data-testid': 'filter-summary' }, filtersActive(f) ? `${plural(out.nodes().length, 'node')} and ${plural(out.edges('[!derived]').length, 'line')} filtered out.` : 'No filter: everything drawn is shown.'),
        h('label', { class: 'inline' }, 'Filtered elements: ', mode),
        h('button', { type: 'button', 'data-testid': 'filters-reset', disabled: !filtersActive(f), onclick: () => set({ ...NO_FILTERS, hide: f.hide }) }, 'Reset filters')),
      group('Allegation status',
        h('div', { class: 'checks' }, ...AllegationStatus.options.map((s) => box(`filter-status-${s}`,
          h('span', { class: `status-chip status-${statusGroup[s]}` }, statusLabel[s]), !f.statuses.includes(s), (on) => set({ statuses: toggled(f.statuses, s, on) }), statusCount(s))))),
      group('Grades',
        h('label', { class: 'field' }, h('span', {}, 'Allegation credibility, at weakest'), credibility),
        h('label', { class: 'field' }, h('span', {}, 'Source reliability, at weakest'), reliability)),
      group('When allegations were made', timeline(dated, f, (from, to) => set({ from, to }), (hideUndated) => set({ hideUndated }))),
      group('Node types', types.length === 0 ? h('p', { class: 'hint' }, 'Nothing drawn yet.') : null,
        h('div', { class: 'checks two' }, ...types.map((t) => box(`filter-type-${t}`, h('span', { class: 'with-swatch' }, typeSwatch(t), typeLabel[t]), !f.types.includes(t), (on) => set({ types: toggled(f.types, t, on) }), typeCount(t))))),
      group('Relationships', rels.length === 0 ? h('p', { class: 'hint' }, 'No lines drawn yet.') : null,
        h('div', { class: 'checks two' }, ...rels.map((t) => box(`filter-rel-${t}`, relLabel(t), !f.rels.includes(t), (on) => set({ rels: toggled(f.rels, t, on) }), relCount(t))))),
    );
    if (focused) element.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  };
  render();
  return { element, render };
}
