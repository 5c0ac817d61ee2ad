// The open library entry: its description, parameter form, Run, and a "Copy link" that shares the run.
import type { SavedQuery } from '@contract/queries.ts';
import { h } from '../panels/dom.ts';
import { createParamFields } from './param-form.ts';
import { clearRunError, showProblem, showRunError } from './run-error.ts';
import type { Runner } from './runner.ts';
import { copyText, rememberRun, sharedRunUrl } from './share-link.ts';

export interface QueryDetail {
  element: HTMLElement;
  run(): Promise<void>;
}

export function createQueryDetail(query: SavedQuery, runner: Runner, initial?: Record<string, string>): QueryDetail {
  const fields = createParamFields(query);
  if (initial) fields.setRaw(initial);
  const errors = h('div', { class: 'run-errors' });
  const runButton = h('button', { type: 'submit', class: 'primary run-button', 'data-testid': 'run-query' }, 'Run');
  const copied = h('span', { class: 'copy-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'query-copy-status' });
  const copyButton = h('button', { type: 'button', 'data-testid': 'query-copy-link', title: 'Copy a link that opens this query with these values and runs it' }, 'Copy link');
  const form = h('form', { class: 'query-form', 'data-testid': 'query-form', 'data-state': 'idle', novalidate: true },
    fields.element,
    h('div', { class: 'form-actions' }, runButton, copyButton, copied, h('span', { class: 'kbd-hint' }, 'Enter or Ctrl+Enter runs')),
    errors);

  const run = async (): Promise<void> => {
    const problem = fields.problem();
    if (problem) {
      showProblem(errors, problem);
      form.dataset.state = 'error';
      return;
    }
    clearRunError(errors);
    form.dataset.state = 'running';
    form.setAttribute('aria-busy', 'true');
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    rememberRun({ id: query.id, values: fields.raw() });
    try {
      await runner.saved(query, fields.values());
      form.dataset.state = 'done';
    } catch (err) {
      showRunError(errors, err);
      form.dataset.state = 'error';
    } finally {
      form.removeAttribute('aria-busy');
      runButton.disabled = false;
      runButton.textContent = 'Run';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Ctrl/Cmd+Enter runs from any field, including selects, where plain Enter does not submit.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!runButton.disabled) void run();
    }
  });

  let fade: number | undefined;
  copyButton.addEventListener('click', async () => {
    const link = sharedRunUrl({ id: query.id, values: fields.raw() });
    const ok = await copyText(link);
    window.clearTimeout(fade);
    if (ok) {
      copied.replaceChildren('Link copied');
      fade = window.setTimeout(() => copied.replaceChildren(), 4000);
    } else {
      // Nothing could reach the clipboard: show the link, selected, for copying by hand.
      const box = h('input', { type: 'text', readonly: true, value: link, 'aria-label': 'Link to this query' });
      copied.replaceChildren('Copy this link: ', box);
      box.select();
    }
  });

  const element = h('div', { class: 'query-detail', 'data-testid': 'query-detail' },
    h('p', { class: 'query-description' }, query.description),
    h('p', { class: 'query-meta' }, `Returns a ${query.result === 'graph' ? 'graph (and a table)' : 'table'} · columns: ${query.columns.join(', ')}`),
    form);
  return { element, run };
}
