// The status strip over the canvas: progress, what an action did, and errors in words a user can act on.
import type { Notices } from '../state/explorer.ts';
import { h } from './dom.ts';

const LOADING = 'Loading…';

export function createNotices(): { element: HTMLElement; notices: Notices } {
  const message = h('span', { class: 'notice-text', 'data-testid': 'notice' });
  const spinner = h('span', { class: 'spinner', 'aria-hidden': 'true' });
  const dismiss = h('button', { type: 'button', class: 'notice-dismiss', 'aria-label': 'Dismiss message' }, '×');
  const element = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite', hidden: true }, spinner, message, dismiss);
  let pending = 0;
  let fade: number | undefined;

  const say = (text: string, kind: 'info' | 'error'): void => {
    window.clearTimeout(fade);
    element.hidden = false;
    element.dataset.kind = kind;
    message.textContent = text;
    // Errors stay until dismissed; routine news fades so it does not cover the graph.
    if (kind === 'info') fade = window.setTimeout(() => { if (pending === 0) element.hidden = true; }, 6000);
  };
  dismiss.addEventListener('click', () => { element.hidden = true; });

  const notices: Notices = {
    info: (text) => say(text, 'info'),
    error: (text) => say(text, 'error'),
    loading: (on) => {
      pending = Math.max(0, pending + (on ? 1 : -1));
      element.classList.toggle('loading', pending > 0);
      document.body.dataset.loading = String(pending > 0);
      if (pending > 0) {
        window.clearTimeout(fade);
        element.hidden = false;
        element.dataset.kind = 'info';
        message.textContent = LOADING;
      } else if (message.textContent === LOADING) {
        // Work that finished without news of its own leaves nothing to say.
        element.hidden = true;
      }
    },
  };
  return { element, notices };
}
