// "Follow same-as links": whether expansion, neighbour counts, paths and search go along SAME_AS links (entities a
// person decided are one). Off by default, kept in the address (?sameAs=follow) so a shared view reads the same.
import { h } from '../panels/dom.ts';

const PARAM = 'sameAs';
type Listener = (on: boolean) => void;
const listeners = new Set<Listener>();

let on = typeof window !== 'undefined' && new URL(window.location.href).searchParams.get(PARAM) === 'follow';

export const followingSameAs = (): boolean => on;

/** Adds followSameAs=true to a request's parameters when the option is on (the server's default is off). */
export function withSameAs(params: URLSearchParams): URLSearchParams {
  if (on) params.set('followSameAs', 'true');
  return params;
}

export function setFollowSameAs(next: boolean): void {
  if (next === on) return;
  on = next;
  const url = new URL(window.location.href);
  if (on) url.searchParams.set(PARAM, 'follow');
  else url.searchParams.delete(PARAM);
  window.history.replaceState(window.history.state, '', url);
  for (const l of listeners) l(on);
}

export function onFollowSameAsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The checkbox shown in the view. */
export function createFollowSameAsToggle(): HTMLElement {
  const box = h('input', { type: 'checkbox', 'data-testid': 'follow-same-as' }) as HTMLInputElement;
  box.checked = on;
  box.addEventListener('change', () => setFollowSameAs(box.checked));
  onFollowSameAsChange((v) => { box.checked = v; });
  return h('label', { class: 'follow-same-as', title: 'Expansion, paths and search also go along links people recorded as "same as" between datasets' },
    box, ' Follow same-as links');
}
