// The results dock under the canvas: what ran, how many rows (and whether they were cut), timing, the table and CSV download.
import type { QueryResult } from '@contract/queries.ts';
import { append, h } from '../panels/dom.ts';
import { plural } from '../wording.ts';
import { csvFileName, downloadCsv, toCsv } from './csv.ts';
import { createResultTable, type ResultTable } from './result-table.ts';

export interface ResultsDock {
  element: HTMLElement;
  running(label: string): void;
  show(label: string, fileBase: string, result: QueryResult): void;
  /** A run failed: the previous result (if any) stays, no longer marked as running. */
  settle(): void;
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

export function createResultsDock(): ResultsDock {
  const title = h('h2', { id: 'results-title', 'data-testid': 'results-title' }, 'Results');
  const meta = h('p', { class: 'results-meta', 'data-testid': 'results-meta', role: 'status', 'aria-live': 'polite' });
  const download = h('button', { type: 'button', class: 'primary', 'data-testid': 'download-csv', disabled: true }, 'Download CSV');
  const close = h('button', { type: 'button', class: 'q-icon-button', 'aria-label': 'Close results' }, '×');
  // Folding keeps the heading (what ran, how many rows) and gives the table's room back to the canvas.
  const fold = h('button', { type: 'button', class: 'q-icon-button results-fold', 'data-testid': 'results-fold', 'aria-expanded': 'true', 'aria-controls': 'results-body' });
  const body = h('div', { class: 'results-body', id: 'results-body' });
  const element = h('section', { class: 'results-dock', 'data-testid': 'results', 'data-state': 'idle', 'aria-labelledby': 'results-title', hidden: true },
    h('header', { class: 'results-head' }, h('div', { class: 'results-heading' }, title, meta), h('div', { class: 'results-actions' }, download, fold, close)),
    body);

  let table: ResultTable | undefined;
  let current: { label: string; fileBase: string; columns: string[]; meta: Node[] } | undefined;

  download.addEventListener('click', () => {
    if (!current) return;
    downloadCsv(csvFileName(current.fileBase), toCsv(current.columns, table?.sortedRows() ?? []));
  });
  close.addEventListener('click', () => { element.hidden = true; });
  const setFolded = (folded: boolean): void => {
    element.classList.toggle('folded', folded);
    body.hidden = folded;
    fold.setAttribute('aria-expanded', String(!folded));
    fold.setAttribute('aria-label', folded ? 'Unfold the results' : 'Fold the results');
    fold.title = folded ? 'Show the table again' : 'Fold the table away, keep the heading';
    fold.textContent = folded ? '▴' : '▾';
  };
  fold.addEventListener('click', () => setFolded(!element.classList.contains('folded')));
  setFolded(false);

  return {
    element,
    running(label) {
      element.hidden = false;
      setFolded(false);
      element.dataset.state = 'running';
      element.setAttribute('aria-busy', 'true');
      download.disabled = true;
      title.textContent = label;
      meta.replaceChildren(h('span', { class: 'spinner inline', 'aria-hidden': 'true' }), ' Running…');
    },
    show(label, fileBase, result) {
      element.hidden = false;
      element.dataset.state = 'done';
      element.removeAttribute('aria-busy');
      title.textContent = label;
      meta.replaceChildren();
      append(meta,
        h('span', { 'data-testid': 'row-count' }, plural(result.rows.length, 'row')),
        result.truncated ? h('span', { class: 'badge badge-warn', 'data-testid': 'truncated-badge' }, `Truncated at ${result.rowLimit.toLocaleString()} rows`) : null,
        h('span', { class: 'timing', 'data-testid': 'timing', title: 'Time spent checking the query is read-only, then running it' },
          `guard ${ms(result.timing.guardMs)} · run ${ms(result.timing.runMs)}`),
        result.graph.nodes.length > 0 ? h('span', { class: 'hint' }, `${plural(result.graph.nodes.length, 'node')} sent to the canvas`) : null,
      );
      current = { label, fileBase, columns: result.columns, meta: [...meta.childNodes] };
      if (result.rows.length === 0 || result.columns.length === 0) {
        table = undefined;
        body.replaceChildren(h('p', { class: 'results-empty' }, 'The query ran and returned no rows.'));
      } else {
        table = createResultTable(result.columns, result.rows, `Results of ${label}`);
        body.replaceChildren(table.element);
      }
      download.disabled = result.columns.length === 0;
    },
    settle() {
      element.removeAttribute('aria-busy');
      element.dataset.state = current ? 'done' : 'idle';
      if (!current) {
        element.hidden = true;
        return;
      }
      title.textContent = current.label;
      meta.replaceChildren(...current.meta);
      download.disabled = false;
    },
  };
}
