// "Save as query": a small form that turns the ad-hoc query into a library entry, its header prefilled from the last run.
import { QueryHeader, QueryId, type QueryParam, type SavedQuery } from '@contract/queries.ts';
// The server's own reading of $names, so what is inferred here is exactly what the server checks on save.
import { cypherParameters } from '@contract/cypher-parameters.ts';
import { ApiError } from '../api.ts';
import { h } from '../panels/dom.ts';
import { saveQuery } from './queries-api.ts';
import { showProblem, showRunError, clearRunError } from './run-error.ts';

export interface SaveContext {
  cypher(): string;
  params(): Record<string, unknown>;
  lastRun(): { columns: string[]; graph: boolean } | undefined;
}

export interface SaveForm {
  element: HTMLElement;
  /** Fills the form from the editor and the last run, then shows it (and moves focus to it, unless told not to). */
  open(focus?: boolean): void;
}

/** Each $name becomes a parameter; its value in the params box is the default, typed by what that value is. */
export function inferParams(cypher: string, values: Record<string, unknown>): Record<string, QueryParam> {
  return Object.fromEntries([...cypherParameters(cypher)].map((name): [string, QueryParam] => {
    const v = values[name];
    if (typeof v === 'number') return [name, Number.isInteger(v) ? { type: 'integer', default: v } : { type: 'float', default: v }];
    if (typeof v === 'boolean') return [name, { type: 'boolean', default: v }];
    return [name, { type: 'string', default: typeof v === 'string' ? v : null }];
  }));
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

function field(id: string, label: string, control: HTMLElement, note?: string): HTMLElement {
  return h('div', { class: 'param' }, h('label', { for: id }, label), control, note ? h('p', { class: 'param-hint' }, note) : null);
}

export function createSaveForm(context: SaveContext, onSaved: (query: SavedQuery) => void): SaveForm {
  const id = h('input', { id: 'save-id', type: 'text', required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'officials-by-name', 'data-testid': 'save-id' });
  const title = h('input', { id: 'save-title', type: 'text', required: true, 'data-testid': 'save-title' });
  const description = h('textarea', { id: 'save-description', rows: 2, required: true, 'data-testid': 'save-description' });
  const tags = h('input', { id: 'save-tags', type: 'text', placeholder: 'actors, officials', 'data-testid': 'save-tags' });
  const result = h('select', { id: 'save-result', 'data-testid': 'save-result' }, h('option', { value: 'graph' }, 'Graph (and table)'), h('option', { value: 'table' }, 'Table'));
  const columns = h('input', { id: 'save-columns', type: 'text', required: true, 'data-testid': 'save-columns' });
  const paramList = h('ul', { class: 'plain inferred-params', 'data-testid': 'save-params' });
  const errors = h('div', { class: 'run-errors' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'save-submit' }, 'Save to library');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h('form', { class: 'save-form', 'data-testid': 'save-form', hidden: true, novalidate: true, 'aria-labelledby': 'save-heading' },
    h('h3', { id: 'save-heading' }, 'Save as query'),
    field('save-id', 'Id', id, 'Lower-case letters, digits and dashes; used in links.'),
    field('save-title', 'Title', title),
    field('save-description', 'Description', description, 'What it answers, in a sentence or two.'),
    field('save-tags', 'Tags', tags, 'Comma-separated.'),
    h('div', { class: 'save-row' }, field('save-result', 'Result', result), field('save-columns', 'Columns', columns, 'From the last run, in order.')),
    h('div', { class: 'param' }, h('p', { class: 'param-name' }, 'Parameters (from the $names in the query)'), paramList),
    h('div', { class: 'form-actions' }, submit, cancel),
    errors);

  let params: Record<string, QueryParam> = {};

  const open = (focus = true): void => {
    const last = context.lastRun();
    if (last) {
      columns.value = last.columns.join(', ');
      result.value = last.graph ? 'graph' : 'table';
    }
    params = inferParams(context.cypher(), context.params());
    const entries = Object.entries(params);
    paramList.replaceChildren(...(entries.length === 0
      ? [h('li', { class: 'hint' }, 'None.')]
      : entries.map(([name, p]) => h('li', {}, h('code', {}, `$${name}`), ` ${p.type}, default ${p.default === null || p.default === undefined ? 'empty (all)' : JSON.stringify(p.default)}`))));
    clearRunError(errors);
    form.hidden = false;
    if (focus) id.focus();
  };

  /** The first thing to fix before the server sees the form, in plain words, with the field to focus. */
  const problem = (): [string, HTMLElement] | undefined => {
    const idOk = QueryId.safeParse(id.value.trim());
    if (!idOk.success) return ['Id: use 2–64 lower-case letters, digits and dashes, starting with a letter or digit.', id];
    if (title.value.trim().length < 3) return ['Title: write at least 3 characters.', title];
    if (description.value.trim().length < 10) return ['Description: write at least 10 characters saying what the query answers.', description];
    if (list(columns.value).length === 0) return ['Columns: list the columns the query returns, comma-separated (running the query fills them in).', columns];
    return undefined;
  };

  cancel.addEventListener('click', () => { form.hidden = true; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const wrong = problem();
    if (wrong) {
      showProblem(errors, wrong[0]);
      wrong[1].focus();
      return;
    }
    const header = QueryHeader.safeParse({
      title: title.value.trim(), description: description.value.trim(), tags: list(tags.value),
      result: result.value, columns: list(columns.value), params,
    });
    if (!header.success) {
      // Checked above field by field; this is the contract's last word on anything missed.
      const issue = header.error.issues[0];
      showProblem(errors, `${issue?.path.join('.') ?? 'header'}: ${issue?.message ?? 'not valid'}`);
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Saving…';
    try {
      const saved = await saveQuery(id.value.trim(), header.data, context.cypher());
      form.hidden = true;
      form.reset();
      onSaved(saved);
    } catch (err) {
      showRunError(errors, err);
      // The server names the field at fault (id taken, params not matching the query…): put the cursor there.
      if (err instanceof ApiError && err.field) form.querySelector<HTMLElement>(`#save-${err.field.replace(/^header\./, '').split('.')[0]}`)?.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = 'Save to library';
    }
  });

  return { element: form, open };
}
