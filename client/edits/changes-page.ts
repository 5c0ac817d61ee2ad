// The "Changes" page: the global audit feed, newest first, filtered by user, dataset and date, exported as CSV or JSON lines.
import type { ChangeRecord } from '@contract/changes.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { can } from './access.ts';
import { changeView } from './change-view.ts';
import { revertControl } from './history-panel.ts';
import { exportUrl, getFeed, type FeedFilter } from './edits-api.ts';

export interface Page {
  element: HTMLElement;
  /** Reads the page's data again (each time it is shown). */
  refresh(): void;
}

function filterInput(name: keyof FeedFilter, label: string, type = 'text'): HTMLLabelElement {
  return h('label', {}, label, h('input', { type, name, 'data-testid': `feed-${name}` }));
}

/** `changed`: a revert from this page was applied (the canvas and panel read it); without it the page offers no revert. */
export function createChangesPage(close: () => void, nameOf: (id: string) => string, changed?: (change: ChangeRecord) => void): Page {
  const list = h('ol', { class: 'change-list', 'data-testid': 'feed' });
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'feed-status' });
  const more = h('button', { type: 'button', hidden: true, 'data-testid': 'feed-more' }, 'Older changes');
  // Test ids apart from the view export's export-csv, which is in the page at the same time.
  const csv = h('a', { class: 'button', 'data-testid': 'feed-export-csv', download: 'changes.csv' }, 'Export CSV');
  const jsonl = h('a', { class: 'button', 'data-testid': 'feed-export-jsonl', download: 'changes.jsonl' }, 'Export JSON lines');
  const filters = h('form', { class: 'edit-toolbar', 'data-testid': 'feed-filters', role: 'search' },
    filterInput('user', 'User'), filterInput('dataset', 'Dataset'), filterInput('from', 'From', 'date'), filterInput('to', 'To', 'date'),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'feed-apply' }, 'Filter'), csv, jsonl);
  let next: number | null = null;
  let serial = 0;

  const filter = (): FeedFilter => {
    const data = new FormData(filters);
    const value = (k: string): string | undefined => String(data.get(k) ?? '').trim() || undefined;
    // A "to" date means the whole of that day.
    const to = value('to');
    return { user: value('user'), dataset: value('dataset'), from: value('from'), to: to ? `${to}T23:59:59.999Z` : undefined };
  };
  const load = async (append: boolean): Promise<void> => {
    const mine = (serial += 1);
    const f = filter();
    csv.href = exportUrl(f, 'csv');
    jsonl.href = exportUrl(f, 'jsonl');
    status.textContent = 'Loading…';
    try {
      const page = await getFeed(f, append ? next ?? undefined : undefined);
      if (mine !== serial) return;
      // A deleted element has no panel to show its history: its delete is reverted from here.
      const items = page.changes.map((c: ChangeRecord) => changeView(c, {
        nameOf, actions: changed && can('review') && c.status === 'applied' ? revertControl(c, { nameOf, changed }, () => void load(false)) : null,
      }));
      if (append) list.append(...items);
      else list.replaceChildren(...items);
      next = page.next;
      more.hidden = next === null;
      status.textContent = list.children.length === 0 ? 'No change matches these filters.' : `${list.children.length} changes shown.`;
    } catch (err) {
      if (mine === serial) status.textContent = messageOf(err);
    }
  };
  filters.addEventListener('submit', (e) => { e.preventDefault(); void load(false); });
  more.addEventListener('click', () => void load(true));
  const element = h('section', { class: 'edit-page', 'data-testid': 'changes-page', 'aria-labelledby': 'changes-title', hidden: true },
    h('header', { class: 'edit-page-head' }, h('h2', { id: 'changes-title' }, 'Changes'),
      h('button', { type: 'button', onclick: close, 'data-testid': 'page-close' }, 'Back to the graph')),
    h('p', { class: 'hint' }, 'Every published change to the evidence: who, when, why, and what it changed. The record is append-only.'),
    filters, status, list, more);
  return { element, refresh: () => void load(false) };
}
