// Keyboard shortcuts and the "Keyboard" help popover (opened with ?), generated from one list so help and keys agree.
import { placeBelow } from './explore-bar.ts';
import { h } from '../panels/dom.ts';

export interface Shortcut {
  /** How the keys are written in the help, e.g. "Ctrl+Shift+Z". */
  keys: string;
  does: string;
  match(event: KeyboardEvent): boolean;
  run(): void;
}

/** Typing in a field (the search box, the Cypher editor) must never trigger a view shortcut. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // Checkboxes, radios and sliders take no letters, so shortcuts still work from them.
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'range', 'button', 'submit', 'reset'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.cm-editor') !== null;
}

export const plainKey = (key: string) => (e: KeyboardEvent): boolean =>
  !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === key;

export const ctrlKey = (key: string, shift = false) => (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

export function listenShortcuts(shortcuts: Shortcut[]): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || typingIn(event.target)) return;
    const hit = shortcuts.find((s) => s.match(event));
    if (!hit) return;
    event.preventDefault();
    hit.run();
  });
}

/** Keys handled elsewhere (the canvas and the search box) that the help should still list. */
const BUILT_IN: Array<[string, string]> = [
  ['Enter', 'Expand the selected node (canvas focused)'],
  ['Escape', 'Clear the selection; close a popover'],
  ['↑ ↓ Enter', 'Move through search results and pick one'],
  ['Tab', 'Move between controls; every button works with Enter or Space'],
  ['Q', 'Open or close the Queries panel'],
];

export function createKeyboardHelp(shortcuts: Shortcut[]): { button: HTMLButtonElement; popover: HTMLElement; toggle(): void } {
  const rows = [...shortcuts.map((s): [string, string] => [s.keys, s.does]), ...BUILT_IN];
  const popover = h('div', { class: 'explore-popover keyboard-help', id: 'keyboard-help', role: 'dialog', 'aria-labelledby': 'keyboard-help-title', 'data-testid': 'keyboard-help', hidden: true },
    h('h2', { id: 'keyboard-help-title' }, 'Keyboard'),
    h('table', {}, h('tbody', {}, ...rows.map(([keys, does]) => h('tr', {},
      h('th', { scope: 'row' }, ...keys.split(' ').map((k) => h('kbd', {}, k))), h('td', {}, does))))));
  const button = h('button', {
    type: 'button', class: 'icon-button', 'aria-label': 'Keyboard shortcuts', title: 'Keyboard shortcuts (?)',
    'aria-expanded': 'false', 'aria-controls': 'keyboard-help', 'data-testid': 'keyboard-help-button',
  }, '?');
  const toggle = (): void => {
    popover.hidden = !popover.hidden;
    placeBelow(popover, button);
    button.setAttribute('aria-expanded', String(!popover.hidden));
  };
  button.addEventListener('click', toggle);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !popover.hidden) {
      toggle();
      button.focus();
    }
  });
  return { button, popover, toggle };
}
