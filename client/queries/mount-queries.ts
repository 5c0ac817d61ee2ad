// Mounts the saved-Cypher feature: the Queries drawer (library and editor tabs), the results dock, its header button and shortcut, and share links.
import './queries.css';
import type { SavedQuery } from '@contract/queries.ts';
import { h } from '../panels/dom.ts';
import { createEditorView } from './editor-view.ts';
import { createLibraryView } from './library-view.ts';
import { createResultsDock } from './results-dock.ts';
import { createRunOptions } from './run-options.ts';
import { createRunner, type ApplyGraph } from './runner.ts';
import { readSharedRun } from './share-link.ts';
import { can, gate } from '../state/session.ts';

export interface QueriesFeature {
  toggle: HTMLButtonElement;
  drawer: HTMLElement;
  dock: HTMLElement;
  /** Opens, fills and runs the query a shared link names (?query=…&p.name=…), if any. */
  openFromUrl(): Promise<void>;
}

type Tab = 'library' | 'editor';

/** The shortcut must not fire while someone is typing, in a field or in the Cypher editor. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function mountQueries(applyGraph: ApplyGraph): QueriesFeature {
  const dock = createResultsDock();
  const options = createRunOptions();
  const runner = createRunner(dock, options, applyGraph);
  const library = createLibraryView(runner);
  const editor = createEditorView(runner, (saved: SavedQuery) => {
    show('library');
    void library.load(saved.id);
  });

  const tabs = {
    library: h('button', { type: 'button', role: 'tab', id: 'tab-library', 'aria-controls': 'panel-library', 'data-testid': 'tab-library' }, 'Library'),
    editor: gate(h('button', { type: 'button', role: 'tab', id: 'tab-editor', 'aria-controls': 'panel-editor', 'data-testid': 'tab-editor' }, 'Cypher editor'), 'cypher'),
  };
  const panels = {
    library: h('div', { role: 'tabpanel', id: 'panel-library', 'aria-labelledby': 'tab-library', class: 'tab-panel' }, library.element),
    editor: h('div', { role: 'tabpanel', id: 'panel-editor', 'aria-labelledby': 'tab-editor', class: 'tab-panel' }, editor.element),
  };
  const show = (wanted: Tab): void => {
    // Ad-hoc Cypher is the analyst's (issue 12): below that the editor tab is hidden and never opened.
    const tab = wanted === 'editor' && !can('cypher') ? 'library' : wanted;
    for (const key of ['library', 'editor'] as const) {
      tabs[key].setAttribute('aria-selected', String(key === tab));
      tabs[key].tabIndex = key === tab ? 0 : -1;
      panels[key].hidden = key !== tab;
    }
    if (tab === 'editor') void editor.activate();
  };
  tabs.library.addEventListener('click', () => show('library'));
  tabs.editor.addEventListener('click', () => show('editor'));
  const tablist = h('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Queries' }, tabs.library, tabs.editor);
  // Arrow keys move between tabs, as in any tab list.
  tablist.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: Tab = tabs.library.getAttribute('aria-selected') === 'true' ? 'editor' : 'library';
    show(next);
    tabs[next].focus();
  });

  const close = h('button', { type: 'button', class: 'q-icon-button', 'aria-label': 'Close queries' }, '×');
  const drawer = h('aside', { id: 'queries-drawer', class: 'queries-drawer', 'data-testid': 'queries-drawer', 'aria-labelledby': 'queries-heading', hidden: true },
    h('header', { class: 'drawer-head' },
      h('div', {}, h('h2', { id: 'queries-heading' }, 'Queries'), h('p', { class: 'hint' }, 'Saved Cypher and ad-hoc queries, run read-only.')),
      close),
    tablist,
    h('div', { class: 'drawer-body' }, panels.library, panels.editor),
    options.element);

  const toggle = h('button', {
    type: 'button', class: 'queries-toggle', 'aria-expanded': 'false', 'aria-controls': 'queries-drawer', 'aria-keyshortcuts': 'q',
    title: 'Saved and ad-hoc Cypher queries (shortcut: Q)', 'data-testid': 'queries-toggle',
  }, h('span', { class: 'queries-icon', 'aria-hidden': 'true' }), 'Queries', h('kbd', { 'aria-hidden': 'true' }, 'Q'));

  let loaded = false;
  const setOpen = (open: boolean): void => {
    drawer.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    drawer.closest('.layout')?.classList.toggle('queries-open', open);
    if (!open) return;
    if (!loaded) {
      loaded = true;
      void library.load();
    }
  };
  toggle.addEventListener('click', () => {
    const open = drawer.hidden !== false;
    setOpen(open);
    if (open) drawer.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  });
  close.addEventListener('click', () => {
    setOpen(false);
    toggle.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'q' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    toggle.click();
  });
  show('library');

  return {
    toggle,
    drawer,
    dock: dock.element,
    async openFromUrl() {
      const shared = readSharedRun();
      if (!shared) return;
      loaded = true;
      setOpen(true);
      show('library');
      const detail = await library.load(shared.id, shared.values);
      await detail?.run();
    },
  };
}
