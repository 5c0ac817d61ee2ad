// "Copy link": copies the address of the view now, and shows it too, for browsers that refuse the clipboard.
import { placeBelow } from './explore-bar.ts';
import { h } from '../panels/dom.ts';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function createCopyLink(href: () => string): { button: HTMLButtonElement; popover: HTMLElement } {
  const input = h('input', { type: 'text', readonly: true, class: 'share-url', 'data-testid': 'share-url', 'aria-label': 'Link to this view' });
  const said = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  const popover = h('div', { class: 'explore-popover share-popover', id: 'share-popover', role: 'dialog', 'aria-label': 'Link to this view', hidden: true, 'data-testid': 'share-popover' },
    h('h2', {}, 'Link to this view'),
    h('p', { class: 'hint' }, 'Whoever opens it sees these entities, expansions, filters, layout and allegation mode, rebuilt from the database.'),
    input, said);
  const button = h('button', { type: 'button', 'data-testid': 'copy-link', 'aria-controls': 'share-popover', 'aria-expanded': 'false', title: 'Copy a link that reproduces this view' }, 'Copy link');
  button.addEventListener('click', async () => {
    if (!popover.hidden) {
      popover.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    input.value = href();
    popover.hidden = false;
    placeBelow(popover, button);
    button.setAttribute('aria-expanded', 'true');
    input.select();
    said.textContent = (await copy(input.value)) ? 'Copied to the clipboard.' : 'Select the link above and copy it (Ctrl+C).';
  });
  popover.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      popover.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
  return { button, popover };
}
