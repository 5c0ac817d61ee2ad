// The query library: search by text and tag, a list of titles with their tags, and the selected entry opened in place.
import type { SavedQuery } from '@contract/queries.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { listQueries } from './queries-api.ts';
import { createQueryDetail, type QueryDetail } from './query-detail.ts';
import type { Runner } from './runner.ts';

export interface LibraryView {
  element: HTMLElement;
  /** Fetches the library; with an id, opens that query (optionally with field values) and returns it. */
  load(openId?: string, values?: Record<string, string>): Promise<QueryDetail | undefined>;
}

function matches(query: SavedQuery, needle: string, tag: string | undefined): boolean {
  if (tag && !query.tags.includes(tag)) return false;
  if (!needle) return true;
  return [query.id, query.title, query.description, ...query.tags].some((s) => s.toLowerCase().includes(needle));
}

export function createLibraryView(runner: Runner): LibraryView {
  const search = h('input', { type: 'search', id: 'query-search', class: 'query-search', placeholder: 'Search titles, descriptions, tags…', autocomplete: 'off', 'data-testid': 'query-search' });
  const tagFilter = h('select', { class: 'tag-filter', 'aria-label': 'Only queries with this tag', 'data-testid': 'query-tag' });
  const list = h('ul', { class: 'query-list', 'data-testid': 'query-list', 'aria-label': 'Saved queries' });
  const status = h('p', { class: 'hint library-status', role: 'status', 'aria-live': 'polite' }, 'Loading the library…');

  let queries: SavedQuery[] = [];
  let tag: string | undefined;
  let openId: string | undefined;
  let detail: QueryDetail | undefined;

  const renderTags = (): void => {
    const tags = [...new Set(queries.flatMap((q) => q.tags))].sort();
    tagFilter.replaceChildren(h('option', { value: '' }, 'All tags'), ...tags.map((t) => h('option', { value: t }, t)));
    tagFilter.value = tag ?? '';
  };

  const renderList = (): void => {
    const needle = search.value.trim().toLowerCase();
    const shown = queries.filter((q) => matches(q, needle, tag));
    list.replaceChildren(...shown.map((q) => {
      const open = q.id === openId;
      const detailId = `query-detail-${q.id}`;
      const button = h('button', { type: 'button', class: 'query-item', 'aria-expanded': String(open), 'aria-controls': detailId, 'data-query-id': q.id, 'data-testid': 'query-item' },
        h('span', { class: 'query-title' }, q.title),
        h('span', { class: 'query-tags' },
          q.origin === 'saved' ? h('span', { class: 'tag saved' }, 'saved') : null,
          h('span', { class: 'tag kind' }, q.result),
          ...q.tags.map((t) => h('span', { class: 'tag' }, t))));
      button.addEventListener('click', () => toggle(q.id));
      const li = h('li', { class: open ? 'open' : undefined }, button);
      if (open && detail) {
        detail.element.id = detailId;
        li.append(detail.element);
      }
      return li;
    }));
    const count = `${shown.length} of ${queries.length} queries`;
    status.textContent = shown.length === 0 ? `No query matches${needle ? ` “${search.value.trim()}”` : ''}${tag ? ` tagged ${tag}` : ''}.` : count;
  };

  const open = (id: string | undefined, values?: Record<string, string>): QueryDetail | undefined => {
    const query = queries.find((q) => q.id === id);
    openId = query?.id;
    detail = query ? createQueryDetail(query, runner, values) : undefined;
    renderList();
    return detail;
  };

  const toggle = (id: string): void => {
    open(openId === id ? undefined : id);
    list.querySelector<HTMLElement>(`[data-query-id="${CSS.escape(id)}"]`)?.focus();
  };

  search.addEventListener('input', renderList);
  tagFilter.addEventListener('change', () => {
    tag = tagFilter.value || undefined;
    renderList();
  });

  return {
    element: h('div', { class: 'library', 'data-testid': 'library' },
      h('label', { for: 'query-search', class: 'visually-hidden' }, 'Search the query library'),
      h('div', { class: 'library-filter' }, search, tagFilter), status, list),
    async load(id, values) {
      try {
        queries = await listQueries();
      } catch (err) {
        status.textContent = messageOf(err);
        return undefined;
      }
      renderTags();
      if (id && !queries.some((q) => q.id === id)) {
        open(undefined);
        status.textContent = `No saved query has the id “${id}”.`;
        return undefined;
      }
      if (id) {
        // Make sure the entry is visible even if a filter would hide it.
        search.value = '';
        tag = undefined;
        renderTags();
      }
      const shown = open(id ?? openId, values);
      if (id) list.querySelector(`[data-query-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
      return shown;
    },
  };
}
