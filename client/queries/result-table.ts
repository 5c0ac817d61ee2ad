// The result table: one row per result row, sortable by any column through buttons in the column headers.
import { NodeType } from '@contract/vocabulary.ts';
import { h } from '../panels/dom.ts';
import { typeLabel } from '../wording.ts';
import { asNodeSummary, cellText, compareCells, isEmptyCell, isRelSummary } from './cell-format.ts';

type Direction = 'ascending' | 'descending';

export interface ResultTable {
  element: HTMLElement;
  /** The rows in the order shown, so a download matches what the reader sees. */
  sortedRows(): unknown[][];
}

function cell(value: unknown): HTMLTableCellElement {
  if (isEmptyCell(value)) return h('td', { class: 'cell-empty' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, 'empty'));
  const node = asNodeSummary(value);
  if (node) {
    const type = NodeType.safeParse(node.type);
    const typeText = type.success ? typeLabel[type.data] : node.type ? String(node.type) : '';
    return h('td', { title: `id: ${String(node.id)}` },
      h('span', { class: 'cell-node' }, cellText(value)), typeText ? h('span', { class: 'cell-type' }, typeText) : null);
  }
  const text = cellText(value);
  const kind = typeof value === 'number' ? 'cell-number'
    : isRelSummary(value) ? 'cell-rel'
      : typeof value === 'object' ? 'cell-json' : undefined;
  return h('td', { class: kind, title: text.length > 80 ? text : undefined }, text);
}

export function createResultTable(columns: string[], rows: unknown[][], caption: string): ResultTable {
  let sortBy = -1;
  let direction: Direction = 'ascending';
  let order = rows;

  const captionEl = h('caption', { class: 'visually-hidden' });
  const headCells = columns.map((name, index) => {
    const button = h('button', { type: 'button', class: 'sort-button', 'data-testid': 'sort-button', 'data-column': name },
      h('span', {}, name), h('span', { class: 'sort-arrow', 'aria-hidden': 'true' }));
    button.addEventListener('click', () => sort(index));
    return h('th', { scope: 'col', 'aria-sort': 'none' }, button);
  });
  const body = h('tbody');
  const table = h('table', { class: 'result-table', 'data-testid': 'result-table' },
    captionEl, h('thead', {}, h('tr', {}, ...headCells)), body);

  const render = (): void => {
    body.replaceChildren(...order.map((row) => h('tr', { 'data-testid': 'result-row' }, ...columns.map((_, i) => cell(row[i])))));
    headCells.forEach((th, i) => {
      th.setAttribute('aria-sort', i === sortBy ? direction : 'none');
      const arrow = th.querySelector('.sort-arrow');
      if (arrow) arrow.textContent = i === sortBy ? (direction === 'ascending' ? '▲' : '▼') : '↕';
    });
    const sorted = sortBy >= 0 ? `, sorted by ${columns[sortBy]} ${direction}` : '';
    captionEl.textContent = `${caption}${sorted}. Column headers are buttons that sort.`;
  };

  // First click sorts ascending; clicking the same column again flips the direction.
  const sort = (index: number): void => {
    direction = index === sortBy && direction === 'ascending' ? 'descending' : 'ascending';
    sortBy = index;
    const sign = direction === 'ascending' ? 1 : -1;
    order = rows
      .map((row, at) => ({ row, at }))
      .sort((a, b) => {
        const x = a.row[index];
        const y = b.row[index];
        // Empty cells stay last in both directions, so only comparisons of filled cells flip.
        const bothFilled = !isEmptyCell(x) && !isEmptyCell(y);
        return (bothFilled ? sign : 1) * compareCells(x, y) || a.at - b.at;
      })
      .map(({ row }) => row);
    render();
  };

  render();
  return { element: h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption }, table), sortedRows: () => order };
}
