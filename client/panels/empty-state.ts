// The landing page's empty canvas: what to do first, and two or three examples to click, so a first visit is not a blank screen.
import { h } from './dom.ts';

/** Entities of the curated graph a newcomer can open in one click (ids from seed/cambodia-crackdown). */
export const LANDING_EXAMPLES = [
  { id: 'off-hun-manet', label: 'Hun Manet', hint: 'an official' },
  { id: 'org-amnesty-international', label: 'Amnesty International', hint: 'an organisation that makes allegations' },
] as const;

/** The tour shipped with the curated graph. */
export const LANDING_TOUR = 'cambodia-crackdown';

export interface EmptyStateActions {
  open(id: string): void;
  playTour(id: string): void;
}

export function createEmptyState(actions: EmptyStateActions): HTMLElement {
  return h('div', { class: 'empty-state', 'data-testid': 'empty-state' },
    h('h2', {}, 'Start with a search'),
    h('p', {}, 'Find a person, organisation, compound or place above. Its sourced relationships — and the allegations made about it, with their status — will appear here.'),
    h('div', { class: 'examples', role: 'group', 'aria-label': 'Examples to start from' },
      h('p', { class: 'examples-lead' }, 'Or start from an example:'),
      h('div', { class: 'examples-row' },
        ...LANDING_EXAMPLES.map((e) => h('button', {
          type: 'button', class: 'example', 'data-testid': `example-${e.id}`, title: `Open ${e.label}, ${e.hint}, and its neighbours`,
          onclick: () => actions.open(e.id),
        }, e.label)),
        h('button', {
          type: 'button', class: 'example example-tour', 'data-testid': 'example-tour', title: 'Present the guided tour of the crackdown, as in a classroom',
          onclick: () => actions.playTour(LANDING_TOUR),
        }, '▶ Play the class tour'))));
}
