// Cross-referencing in the page: a "Duplicates" button in the header opens the side-by-side view, and the
// "Follow same-as links" option sits with the canvas toolbar.
import { h } from '../panels/dom.ts';
import { createFollowSameAsToggle, onFollowSameAsChange } from './follow-same-as.ts';
import { createXrefView } from './xref-view.ts';
import './xref.css';

export interface XrefMount { toggle: HTMLElement; view: HTMLElement; follow: HTMLElement }

/** `changed`: the option flipped or a link was made or removed, so pages already read are read again. */
export function mountXref(deps: { changed(): void }): XrefMount {
  const view = createXrefView({ decided: () => deps.changed() });
  const toggle = h('button', { type: 'button', 'data-testid': 'xref-open', title: 'Entities of one dataset that may already be in another', onclick: () => view.open() }, 'Duplicates');
  onFollowSameAsChange(() => deps.changed());
  return { toggle, view: view.element, follow: createFollowSameAsToggle() };
}
