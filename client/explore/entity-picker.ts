// A small search-and-pick combobox for naming an entity in a form (e.g. a path's end), keyboard first.
import type { GraphNode } from '@contract/graph.ts';
import { messageOf, search } from '../api.ts';
import { h } from '../panels/dom.ts';
import { typeSwatch } from '../panels/legend-swatch.ts';
import { typeLabel } from '../wording.ts';

export interface EntityPicker {
  element: HTMLElement;
  value: GraphNode | undefined;
  set(node: GraphNode | undefined): void;
}

export function createEntityPicker(name: string, label: string, onPick: (node: GraphNode | undefined) => void): EntityPicker {
  const listId = `${name}-options`;
  const input = h('input', {
    type: 'search', id: `${name}-input`, class: 'picker-input', autocomplete: 'off', spellcheck: 'false', role: 'combobox',
    'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', placeholder: 'Type a name…', 'data-testid': `${name}-input`,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-options', hidden: true, 'aria-label': `${label}: matches` });
  const status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let hits: GraphNode[] = [];
  let active = -1;
  let timer: number | undefined;
  let inflight: AbortController | undefined;

  const picker: EntityPicker = {
    element: h('div', { class: 'picker' }, h('label', { for: `${name}-input` }, label), input, list, status),
    value: undefined,
    set(node) {
      picker.value = node;
      input.value = node?.name ?? '';
      input.dataset.id = node?.id ?? '';
    },
  };
  const open = (show: boolean): void => {
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
  };
  const mark = (i: number): void => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(i === j)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${name}-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number): void => {
    const node = hits[i];
    if (!node) return;
    picker.set(node);
    open(false);
    onPick(node);
  };
  const run = async (): Promise<void> => {
    const q = input.value.trim();
    inflight?.abort();
    picker.value = undefined;
    if (!q) return open(false);
    const controller = new AbortController();
    inflight = controller;
    try {
      hits = (await search(q, { limit: 8, signal: controller.signal })).hits.map((hit) => hit.node);
      list.replaceChildren(...hits.map((node, i) => h('li', {
        id: `${name}-option-${i}`, role: 'option', 'aria-selected': 'false', class: 'picker-option', 'data-testid': `${name}-option`, 'data-id': node.id,
      }, typeSwatch(node.type), h('span', {}, node.name), h('small', {}, typeLabel[node.type]))));
      status.textContent = hits.length === 0 ? 'No matches.' : `${hits.length} matches.`;
      open(hits.length > 0);
      mark(-1);
    } catch (err) {
      if (!controller.signal.aborted) status.textContent = messageOf(err);
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length > 0) {
        open(true);
        mark((active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden) choose(Math.max(active, 0));
    } else if (e.key === 'Escape' && !list.hidden) {
      e.stopPropagation();
      open(false);
    }
  });
  list.addEventListener('pointerdown', (e) => {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    e.preventDefault();
    choose(Number(option.id.slice(`${name}-option-`.length)));
  });
  input.addEventListener('blur', () => open(false));
  return picker;
}
