// The Table view: the visible graph as two tables (nodes, lines) with type, status and sources, for screen readers and keyboards.
import type { Core } from 'cytoscape';
import { AllegationStatus, NodeType } from '@contract/vocabulary.ts';
import { h } from '../panels/dom.ts';
import { statusLabel, typeLabel } from '../wording.ts';
import { collectExport, type ExportData } from './export/collect.ts';
import type { ExportEdge, ExportNode } from './export/model.ts';
import { stripClearance } from './explore-bar.ts';

function statusText(status: string | undefined): string {
  const known = AllegationStatus.safeParse(status);
  return known.success ? statusLabel[known.data] : (status ?? '').replace(/_/g, ' ');
}

function sourcesCell(el: ExportNode | ExportEdge): HTMLTableCellElement {
  if (el.sources.length === 0) return h('td', { class: 'hint' }, '—');
  return h('td', {}, h('ul', { class: 'plain table-sources' }, ...el.sources.map((_, i) => h('li', {},
    h('span', { class: 'grade-text' }, `[${el.sourceGrades[i] ?? '?'}] `), el.sourceTitles[i] ?? ''))));
}

export function createTableView(cy: Core, data: ExportData, select: (id: string) => void): { button: HTMLButtonElement; element: HTMLElement; toggle(): void; render(): void } {
  const element = h('section', { class: 'table-view', 'aria-label': 'Table view of the graph', hidden: true, 'data-testid': 'table-view' });
  const button = h('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': 'table-tool', title: 'Read the graph as tables (T)', 'aria-keyshortcuts': 'T' }, 'Table');
  const faded = (id: string): boolean => cy.getElementById(id).hasClass('flt-fade');
  const nameButton = (id: string, text: string): HTMLButtonElement =>
    h('button', { type: 'button', class: 'link-button', 'data-id': id, onclick: () => select(id) }, text);

  const render = (): void => {
    if (element.hidden) return;
    const graph = collectExport(cy, data);
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const note = (id: string): HTMLElement | null => (faded(id) ? h('small', { class: 'hint' }, ' (filtered, faded)') : null);
    element.replaceChildren(
      h('h2', {}, 'The graph as tables'),
      h('p', { class: 'hint' }, 'Everything on the canvas, faded elements included. Choose a name to select it and read its evidence in the side panel.'),
      h('table', { class: 'data-table', 'data-testid': 'table-nodes' },
        h('caption', {}, `Nodes (${graph.nodes.length})`),
        h('thead', {}, h('tr', {}, ...['Name', 'Type', 'Status', 'Credibility', 'Sources (reliability)'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...graph.nodes.map((n) => h('tr', { 'data-id': n.id },
          h('th', { scope: 'row' }, nameButton(n.id, n.label), note(n.id)),
          h('td', {}, NodeType.safeParse(n.type).success ? typeLabel[n.type as NodeType] : n.type), h('td', {}, statusText(n.status)), h('td', {}, n.credibility !== undefined ? String(n.credibility) : ''),
          sourcesCell(n))))),
      h('table', { class: 'data-table', 'data-testid': 'table-edges' },
        h('caption', {}, `Lines (${graph.edges.length})`),
        h('thead', {}, h('tr', {}, ...['From', 'Relationship', 'To', 'Status', 'Sources (reliability)'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...graph.edges.map((e) => h('tr', { 'data-id': e.id },
          h('td', {}, label.get(e.source) ?? e.source),
          h('th', { scope: 'row' }, nameButton(e.id, e.label), note(e.id)),
          h('td', {}, label.get(e.target) ?? e.target), h('td', {}, statusText(e.status)), sourcesCell(e))))),
    );
  };
  const toggle = (): void => {
    element.hidden = !element.hidden;
    button.setAttribute('aria-pressed', String(!element.hidden));
    if (!element.hidden) {
      element.style.top = `${stripClearance(element.parentElement?.getBoundingClientRect().top ?? 0) - 8}px`;
      render();
      element.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
      element.querySelector<HTMLElement>('h2')?.focus();
    }
  };
  button.addEventListener('click', toggle);
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      toggle();
      button.focus();
    }
  });
  return { button, element, toggle, render };
}
