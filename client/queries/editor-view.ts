// The ad-hoc Cypher tab: the editor, its parameters, the last 20 runs, Run, refusals in red, and "Save as query".
import type { QueryResult, SavedQuery } from '@contract/queries.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import type { CypherEditor } from './cypher-editor.ts';
import { loadHistory, remember, type HistoryEntry } from './history.ts';
import { createParamsBox } from './params-box.ts';
import { getSchema } from './queries-api.ts';
import { clearRunError, showProblem, showRunError } from './run-error.ts';
import type { Runner } from './runner.ts';
import { createSaveForm } from './save-form.ts';
import { gate } from '../state/session.ts';

export interface EditorView {
  element: HTMLElement;
  /** Builds the editor the first time the tab is shown (CodeMirror is a large download, fetched only then). */
  activate(): Promise<void>;
}

const oneLine = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function createEditorView(runner: Runner, onSaved: (query: SavedQuery) => void): EditorView {
  const host = h('div', { class: 'editor-host', 'data-testid': 'cypher-editor' }, h('p', { class: 'hint' }, 'Loading the editor…'));
  const params = createParamsBox(() => void run());
  const history = h('select', { id: 'adhoc-history', 'data-testid': 'history' });
  const runButton = h('button', { type: 'button', class: 'primary run-button', 'data-testid': 'run-cypher' }, 'Run');
  const saveButton = gate(h('button', { type: 'button', 'data-testid': 'save-as', 'aria-controls': 'save-form' }, 'Save as query…'), 'saveQuery');
  const errors = h('div', { class: 'run-errors', 'data-testid': 'editor-errors' });
  let editor: CypherEditor | undefined;
  let last: { columns: string[]; graph: boolean } | undefined;

  const renderHistory = (entries: HistoryEntry[]): void => {
    history.replaceChildren(
      h('option', { value: '' }, entries.length ? `Recent queries (${entries.length})` : 'No recent queries yet'),
      ...entries.map((e, i) => h('option', { value: String(i), title: e.cypher }, oneLine(e.cypher))));
    history.disabled = entries.length === 0;
  };
  history.addEventListener('change', () => {
    const entry = loadHistory()[Number(history.value)];
    history.value = '';
    if (!entry || !editor) return;
    editor.setValue(entry.cypher);
    params.setText(entry.params);
    editor.focus();
  });

  const save = createSaveForm({
    cypher: () => editor?.value() ?? '',
    params: () => params.bestEffort(),
    lastRun: () => last,
  }, onSaved);
  save.element.id = 'save-form';
  saveButton.addEventListener('click', () => save.open());

  const run = async (): Promise<void> => {
    if (!editor || runButton.disabled) return;
    const cypher = editor.value();
    if (!cypher.trim()) {
      showProblem(errors, 'Write a query first, for example MATCH (o:Official) RETURN o.name AS name.');
      editor.focus();
      return;
    }
    const values = params.parsed();
    if (!values) {
      showProblem(errors, 'Fix the parameters first: they must be a JSON object.');
      return;
    }
    clearRunError(errors);
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    host.dataset.state = 'running';
    renderHistory(remember({ cypher, params: params.text() }));
    try {
      await runner.adHoc(cypher, values, (result: QueryResult) => {
        last = { columns: result.columns, graph: result.graph.nodes.length > 0 };
        // An open save form follows the latest run, so its columns match what the query returns now.
        if (!save.element.hidden) save.open(false);
      });
      host.dataset.state = 'done';
    } catch (err) {
      showRunError(errors, err);
      host.dataset.state = 'error';
    } finally {
      runButton.disabled = false;
      runButton.textContent = 'Run';
    }
  };
  runButton.addEventListener('click', () => void run());

  let activating: Promise<void> | undefined;
  const activate = (): Promise<void> => {
    activating ??= (async () => {
      try {
        const { mountCypherEditor } = await import('./cypher-editor.ts');
        host.replaceChildren();
        editor = mountCypherEditor(host, { labelledBy: 'adhoc-label', onRun: () => void run() });
        host.dataset.state = 'ready';
      } catch (err) {
        host.replaceChildren(h('p', { class: 'error', role: 'alert' }, `The editor could not load: ${messageOf(err)}`));
        return;
      }
      // Completion works without the schema, just less well; a failure here is not worth an error.
      getSchema().then((schema) => editor?.setSchema(schema, Object.keys(params.bestEffort()))).catch(() => undefined);
    })();
    return activating;
  };

  renderHistory(loadHistory());
  const element = h('div', { class: 'adhoc', 'data-testid': 'adhoc' },
    h('p', { id: 'adhoc-label', class: 'field-label' }, 'Cypher query (read-only)'),
    host,
    params.element,
    h('div', { class: 'param' }, h('label', { for: 'adhoc-history', class: 'visually-hidden' }, 'Recent queries'), history),
    h('div', { class: 'form-actions' }, runButton, saveButton, h('span', { class: 'kbd-hint' }, 'Ctrl+Enter runs')),
    errors,
    save.element);
  return { element, activate };
}
