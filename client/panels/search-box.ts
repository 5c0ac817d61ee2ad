// The search combobox: debounced queries, a listbox of hits saying why each matched, and keyboard picking.
import type { GraphNode } from '@contract/graph.ts';
import type { SearchHit } from '@contract/search.ts';
import { NodeType } from '@contract/vocabulary.ts';
import { search, messageOf } from '../api.ts';
import { typeLabel } from '../wording.ts';
import { h } from './dom.ts';
import { typeSwatch } from './legend-swatch.ts';
import { datasetBadge } from './dataset-marker.ts';
import { whyMatched } from './match-words.ts';
import { onDatasetsChange } from '../state/dataset-scope.ts';

const DEBOUNCE_MS = 220;

/** Wraps each occurrence of the query in <mark>, built as nodes so matched text is never parsed as HTML. */
function highlighted(text: string, query: string): Array<Node | string> {
  const needle = query.trim().toLowerCase();
  if (!needle) return [text];
  const out: Array<Node | string> = [];
  const lower = text.toLowerCase();
  let at = 0;
  for (let hit = lower.indexOf(needle); hit !== -1; hit = lower.indexOf(needle, at)) {
    out.push(text.slice(at, hit), h('mark', {}, text.slice(hit, hit + needle.length)));
    at = hit + needle.length;
  }
  out.push(text.slice(at));
  return out;
}

function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `beside` goes at the end of the search row (the dataset chooser: which datasets the search reads). */
export function createSearchBox(onPick: (node: GraphNode) => void, beside?: HTMLElement): HTMLElement {
  const listId = 'search-results';
  const input = h('input', {
    type: 'search', id: 'search-input', class: 'search-input', placeholder: 'Search people, organisations, compounds, places…',
    autocomplete: 'off', spellcheck: 'false', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId,
    'aria-autocomplete': 'list', 'data-testid': 'search-input',
  });
  const typeFilter = h('select', { class: 'type-filter', 'aria-label': 'Limit search to a type', 'data-testid': 'search-type' },
    h('option', { value: '' }, 'All types'), ...NodeType.options.map((t) => h('option', { value: t }, typeLabel[t])));
  const list = h('ul', { id: listId, role: 'listbox', class: 'search-results', 'aria-label': 'Search results', hidden: true });
  const status = h('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let inflight: AbortController | undefined;

  const open = (show: boolean): void => {
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  };
  const setActive = (index: number): void => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const current = list.querySelector<HTMLElement>(`#search-option-${index}`);
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    open(false);
    input.value = hit.node.name;
    status.textContent = '';
    onPick(hit.node);
  };

  const render = (query: string, show: boolean): void => {
    list.replaceChildren(...hits.map((hit, i) => {
      // A typo match says what it was taken for, so a near miss never reads as an exact hit.
      const why = whyMatched(hit);
      return h(
        'li',
        {
          id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-result', 'data-testid': 'search-result',
          'data-id': hit.node.id, 'data-type': hit.node.type, 'data-dataset': hit.node.dataset, 'data-typo': String(hit.typos.length > 0),
        },
        typeSwatch(hit.node.type),
        h('span', { class: 'result-text' },
          h('span', { class: 'result-name' }, ...highlighted(hit.node.name, query)),
          why === null ? null
            : h('span', { class: 'result-why', 'data-testid': 'result-why' }, why.lead, ...highlighted(clip(why.text), query), why.tail)),
        datasetBadge(hit.node.dataset),
        h('span', { class: `type-badge type-${hit.node.type}` }, typeLabel[hit.node.type]),
      );
    }));
    status.textContent = hits.length === 0 ? `No matches for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'}; use the arrow keys and Enter to pick.`;
    open(show && hits.length > 0);
    setActive(-1);
  };

  /** `show` false refreshes the hits without popping the list open over whatever the person is doing. */
  const run = async (show = true): Promise<void> => {
    const query = input.value.trim();
    inflight?.abort();
    if (!query) {
      hits = [];
      open(false);
      status.textContent = '';
      return;
    }
    const controller = new AbortController();
    inflight = controller;
    status.textContent = 'Searching…';
    const type = NodeType.safeParse(typeFilter.value);
    try {
      const result = await search(query, { limit: 12, type: type.success ? type.data : undefined, signal: controller.signal });
      if (controller.signal.aborted) return;
      hits = result.hits;
      render(query, show);
    } catch (err) {
      if (controller.signal.aborted) return;
      hits = [];
      open(false);
      status.textContent = messageOf(err);
    }
  };
  const schedule = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  };

  input.addEventListener('input', schedule);
  // A new choice of datasets changes what a search finds: run the words typed again against it.
  onDatasetsChange(() => { if (input.value.trim()) void run(document.activeElement === input); });
  typeFilter.addEventListener('change', schedule);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden && hits.length > 0) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (hits.length > 0) setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden) pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        open(false);
      } else input.value = '';
    }
  });
  // Picking happens on pointerdown, before the input's blur would close the list under the pointer.
  list.addEventListener('pointerdown', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    event.preventDefault();
    pick(Number(option.id.replace('search-option-', '')));
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => { if (hits.length > 0 && input.value.trim()) open(true); });

  return h('div', { class: 'search', role: 'search' },
    h('label', { for: 'search-input', class: 'visually-hidden' }, 'Search the graph'),
    h('div', { class: 'search-row' }, input, typeFilter, beside), list, status);
}
